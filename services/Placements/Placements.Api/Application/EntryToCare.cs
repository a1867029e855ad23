using Placements.Domain;

namespace Placements.Api.Application;

/// <summary>A validated <c>RecordEntryToCare</c> command.</summary>
public sealed record EntryToCare(
    string ClientRequestId,
    string CaseReference,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Sex,
    DateOnly EnteredCareOn,
    string LegalStatus,
    string CategoryOfNeed,
    Placement Placement,
    ChildIdentifiers Identifiers);
