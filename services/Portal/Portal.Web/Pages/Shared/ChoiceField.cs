namespace Portal.Web.Pages.Shared;

/// <summary>
/// A choice of codes on a form, as GOV.UK radios (<c>_Radios</c>) or a select (<c>_Select</c>, with <see cref="Prompt"/> as its
/// empty first option). A radio's id is <see cref="Id"/> for the first option, so the error summary's link reaches it.
/// </summary>
public sealed record ChoiceField(
    string Id, string Legend, string? Hint, IReadOnlyList<(string Code, string Label)> Options, string? Value, string? Error, bool Inline = false, string Prompt = "Choose one")
{
    public string OptionId(int index) => index == 0 ? Id : $"{Id}-{Options[index].Code.ToLowerInvariant()}";

    public string? DescribedBy =>
        string.Join(" ", new[] { Hint is null ? null : $"{Id}-hint", Error is null ? null : $"{Id}-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
