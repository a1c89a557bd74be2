namespace GovBudget.Rules.Evaluation;

/// <summary>Thrown inside evaluation when a binding cannot be decided (a table or narrative figure is absent).</summary>
internal sealed class NotApplicableException(string reason) : Exception(reason);
