using CorporateParenting.CodeLists;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Placements.Api.Application;
using Placements.Domain;

namespace Placements.Api.Grpc;

/// <summary>Turns gRPC requests into validated commands, naming every malformed field at once (InvalidArgument).</summary>
public static class CommandRequests
{
    public static EntryToCare ToEntry(RecordEntryToCareRequest request)
    {
        var errors = new FieldErrors();
        var entry = new EntryToCare(
            ClientRequestId: errors.Required("client_request_id", request.ClientRequestId, maxLength: 100),
            CaseReference: errors.Required("case_reference", request.CaseReference, maxLength: 50),
            GivenName: errors.Required("given_name", request.GivenName, maxLength: 100),
            FamilyName: errors.Required("family_name", request.FamilyName, maxLength: 100),
            DateOfBirth: errors.RequiredDate("date_of_birth", request.DateOfBirth),
            Sex: errors.OneOf("sex", request.Sex, [.. Ssda903Codes.Sex]),
            EnteredCareOn: errors.RequiredDate("entered_care_on", request.EnteredCareOn),
            LegalStatus: errors.OneOf("legal_status", request.LegalStatus, [.. Ssda903Codes.LegalStatus]),
            CategoryOfNeed: errors.OneOf("category_of_need", request.CategoryOfNeed, [.. Ssda903Codes.CategoryOfNeed]),
            Placement: PlacementOf(errors, request.PlacementType, request.PlacementProvider, request.ProviderUrn, request.PlacementPostcode, request.PlacementAuthorityCode),
            Identifiers: IdentifiersOf(errors, request.Upn, request.NhsNumber, request.Ethnicity, request.HomePostcode, request.UascSince));
        errors.ThrowIfAny();
        return entry;
    }

    public static PlacementChange ToPlacementChange(RecordPlacementChangeRequest request)
    {
        var errors = new FieldErrors();
        var change = new PlacementChange(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.RequiredDate("changed_on", request.ChangedOn),
            PlacementOf(errors, request.PlacementType, request.PlacementProvider, request.ProviderUrn, request.PlacementPostcode, request.PlacementAuthorityCode),
            Optional(request.ReasonForChange),
            request.SameCarers);
        errors.ThrowIfAny();
        return change;
    }

    public static LegalStatusChange ToLegalStatusChange(RecordLegalStatusChangeRequest request)
    {
        var errors = new FieldErrors();
        var change = new LegalStatusChange(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.RequiredDate("changed_on", request.ChangedOn),
            errors.OneOf("legal_status", request.LegalStatus, [.. Ssda903Codes.LegalStatus]));
        errors.ThrowIfAny();
        return change;
    }

    public static CareEnding ToCareEnding(RecordCareEndedRequest request)
    {
        var errors = new FieldErrors();
        var ending = new CareEnding(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.RequiredDate("ended_on", request.EndedOn),
            errors.OneOf("reason_ceased", request.ReasonCeased, [.. ReasonEpisodeCeased.All]));
        errors.ThrowIfAny();
        return ending;
    }

    public static SocialWorkerAllocationCommand ToAllocation(AllocateSocialWorkerRequest request)
    {
        var errors = new FieldErrors();
        var allocation = new SocialWorkerAllocationCommand(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.Required("social_worker_id", request.SocialWorkerId, maxLength: 50),
            errors.Required("social_worker_name", request.SocialWorkerName, maxLength: 200),
            errors.RequiredDate("allocated_on", request.AllocatedOn));
        errors.ThrowIfAny();
        return allocation;
    }

    internal static ChildIdentifiers IdentifiersOf(FieldErrors errors, string upn, string nhsNumber, string ethnicity, string homePostcode, string uascSince)
    {
        var identifiers = new ChildIdentifiers(
            Optional(upn)?.ToUpperInvariant(),
            Optional(nhsNumber)?.Replace(" ", string.Empty),
            Optional(ethnicity)?.ToUpperInvariant(),
            Optional(homePostcode),
            string.IsNullOrWhiteSpace(uascSince) ? null : errors.RequiredDate("uasc_since", uascSince));
        if (identifiers.Upn is { } pupilNumber && !UniquePupilNumber.IsValid(pupilNumber) && !UniquePupilNumber.IsUnknownCode(pupilNumber))
        {
            errors.Add("upn", "must be a 13-character UPN with a valid check letter, or UN1 to UN5.");
        }
        if (identifiers.NhsNumber is { } nhs && !NhsNumber.IsValid(nhs))
        {
            errors.Add("nhs_number", "must be 10 digits with a valid check digit.");
        }
        if (identifiers.Ethnicity is { } code && !Ssda903Codes.Ethnicity.Contains(code))
        {
            errors.Add("ethnicity", $"must be an SSDA903 ETHNIC code: {string.Join(", ", Ssda903Codes.Ethnicity)}.");
        }
        if (identifiers.HomePostcode is { } postcode && !UkPostcode.IsValid(postcode))
        {
            errors.Add("home_postcode", "must be a UK postcode such as DE1 2AA, or blank.");
        }
        return identifiers with { HomePostcode = identifiers.HomePostcode is null ? null : UkPostcode.Normalise(identifiers.HomePostcode) };
    }

    private static Placement PlacementOf(FieldErrors errors, string type, string provider, string urn, string postcode, string authority)
    {
        var placement = new Placement(
            errors.OneOf("placement_type", type, [.. Ssda903Codes.PlacementType]),
            Optional(provider),
            Optional(urn),
            Optional(postcode),
            errors.Required("placement_authority_code", authority, maxLength: 9));
        if (placement.Provider is not null && !PlacementProvider.All.Contains(placement.Provider))
        {
            errors.Add("placement_provider", $"must be one of {string.Join(", ", PlacementProvider.All)}, or blank.");
        }
        if (placement.AuthorityCode.Length > 0 && !OnsAuthorityCode.IsValid(placement.AuthorityCode))
        {
            errors.Add("placement_authority_code", "must be an ONS local authority code such as E06000015.");
        }
        if (placement.Postcode is not null && !UkPostcode.IsValid(placement.Postcode))
        {
            errors.Add("placement_postcode", "must be a UK postcode such as DE1 2AA, or blank.");
        }
        return placement;
    }

    internal static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
