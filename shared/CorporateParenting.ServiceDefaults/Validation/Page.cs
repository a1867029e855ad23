namespace CorporateParenting.ServiceDefaults.Validation;

/// <summary>One page of a list and the total across all pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
