using Placements.Domain;

namespace Placements.Api.Application;

/// <summary>A validated <c>CorrectRecord</c> command: null means "leave as stored".</summary>
public sealed record RecordCorrection(
    string ClientRequestId,
    Guid ChildId,
    string Reason,
    ChildDetailsChanges Details,
    string? LegalStatus,
    string? CategoryOfNeed,
    PlacementChanges Placement);

public sealed record ChildDetailsChanges(
    string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? Sex, string? Upn, string? NhsNumber, string? Ethnicity, string? HomePostcode);

public sealed record PlacementChanges(string? Type, string? Provider, string? ProviderUrn, string? Postcode, string? AuthorityCode)
{
    public bool Any => Type is not null || Provider is not null || ProviderUrn is not null || Postcode is not null || AuthorityCode is not null;

    public Placement Over(Placement current) => new(
        Type ?? current.Type, Provider ?? current.Provider, ProviderUrn ?? current.ProviderUrn, Postcode ?? current.Postcode, AuthorityCode ?? current.AuthorityCode);
}
