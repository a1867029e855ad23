namespace Portal.Web.Pages.Shared;

/// <summary>A deadline's RAG tag on a worklist: red overdue, amber due soon, green due later; <see cref="DaysRemaining"/> below 0 when overdue.</summary>
public sealed record DueTag(string Rag, int DaysRemaining)
{
    public const string Red = "RED";
    public const string Amber = "AMBER";
    public const string Green = "GREEN";
}
