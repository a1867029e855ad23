namespace Portal.Web.Pages.Shared;

/// <summary>A GOV.UK text input on a form (a textarea when <see cref="Rows"/> is set), named and identified by <see cref="Id"/>.</summary>
public sealed record TextField(
    string Id, string Label, string? Hint, string? Value, string? Error, string Width = "govuk-!-width-two-thirds", string? Autocomplete = null, int Rows = 0);
