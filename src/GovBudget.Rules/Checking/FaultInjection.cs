
namespace GovBudget.Rules.Checking;

/// <summary>
/// Makes one rule or check throw, on the calling thread only, so that tests can prove the boundary: a check that
/// fails becomes its own 规则执行失败 finding, the others still run and the CLI exits 3. Nothing in the product sets it;
/// it is internal, visible to the test assemblies.
/// </summary>
internal static class FaultInjection
{
    [ThreadStatic]
    private static string? failing;

    [ThreadStatic]
    private static Func<Exception>? fault;

    /// <summary>
    /// Makes the rule or check <paramref name="id"/> throw until the returned scope is disposed: the exception
    /// <paramref name="exception"/> makes (a narrative pattern's timeout, say), or an <see cref="InvalidOperationException"/>.
    /// </summary>
    public static IDisposable Fail(string id, Func<Exception>? exception = null)
    {
        failing = id;
        fault = exception;
        return new Scope();
    }

    /// <summary>Throws when <paramref name="id"/> was made to fail on this thread.</summary>
    public static void Point(string id)
    {
        if (failing is not null && string.Equals(failing, id, StringComparison.Ordinal))
        {
            throw fault?.Invoke() ?? new InvalidOperationException($"a fault injected into {id}");
        }
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => (failing, fault) = (null, null);
    }
}
