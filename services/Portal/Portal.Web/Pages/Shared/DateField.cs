namespace Portal.Web.Pages.Shared;

/// <summary>A GOV.UK date input on a form: its inputs are named <c>{Id}-day</c>, <c>{Id}-month</c> and <c>{Id}-year</c>.</summary>
public sealed record DateField(string Id, string Legend, string? Hint, DateInput Value, string? Error);
