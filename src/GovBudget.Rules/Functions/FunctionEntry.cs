using System.Linq.Expressions;
using GovBudget.Rules.Binding;

namespace GovBudget.Rules.Functions;

/// <summary>
/// One built-in function of the rule language: its name, what it takes and gives, what it means to the interpreter,
/// what the compiler emits for it, and its line in the docs. Adding a function is adding one entry to
/// <see cref="FunctionTable"/>.
/// </summary>
/// <param name="Function">Its identity in bound trees.</param>
/// <param name="Name">The name rules call it by.</param>
/// <param name="Usage">How a call is written, for the docs (<c>sum(x, …)</c>).</param>
/// <param name="Documentation">Its line in the docs: what a call gives (Markdown).</param>
/// <param name="Parameters">The kind of each argument; with <see cref="Variadic"/> the last one repeats.</param>
/// <param name="Result">The type a call has.</param>
/// <param name="Interpret">Its semantics: the value of a call, given the interpreter.</param>
/// <param name="Emit">Its compiled form (fixed point, and whether it is money), or null when only the interpreter runs it.</param>
internal sealed record FunctionEntry(
    BuiltinFunction Function,
    string Name,
    string Usage,
    string Documentation,
    IReadOnlyList<ParameterKind> Parameters,
    BoundType Result,
    Func<IFunctionInterpreter, BoundCall, Value> Interpret,
    Func<IFunctionEmitter, BoundCall, (Expression Value, bool Money)>? Emit)
{
    /// <summary>Whether the last parameter repeats: one argument of its kind or more.</summary>
    public bool Variadic { get; init; }

    /// <summary>Whether the figures of the cells its arguments name are read (not for count, exists or the names).</summary>
    public bool ReadsFigures { get; init; } = true;

    /// <summary>Whether it reads a row's name, which depends on the document's shape and year only.</summary>
    public bool ReadsRowNames { get; init; }

    /// <summary>Whether it reads the narrative (情况说明).</summary>
    public bool ReadsNarrative { get; init; }
}
