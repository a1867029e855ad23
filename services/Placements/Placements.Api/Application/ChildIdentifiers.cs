namespace Placements.Api.Application;

/// <summary>What identifies a child beyond the case reference, each validated when given; all may be unknown at entry.</summary>
public sealed record ChildIdentifiers(string? Upn, string? NhsNumber, string? Ethnicity, string? HomePostcode, DateOnly? UascSince);
