namespace GovBudget.Rules.Binding;

/// <summary>
/// A walk over bound expressions with one method per kind of node: a new kind of node does not compile until every
/// visitor handles it, so no engine can silently treat it as another.
/// </summary>
/// <typeparam name="T">What the walk gives for a node.</typeparam>
internal interface IBoundVisitor<out T>
{
    T VisitNumber(BoundNumber node);

    T VisitBoolean(BoundBoolean node);

    T VisitText(BoundText node);

    T VisitCells(BoundCells node);

    T VisitCall(BoundCall node);

    T VisitUnary(BoundUnary node);

    T VisitBinary(BoundBinary node);

    T VisitIf(BoundIf node);
}
