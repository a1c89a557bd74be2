namespace GovBudget.Rules.Findings;

/// <summary>How serious a broken rule is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>提示: for information.</summary>
    Info = 0,

    /// <summary>提示性: should hold; a published document may still be acceptable.</summary>
    Warning = 1,

    /// <summary>强制性: must hold.</summary>
    Error = 2,
}
