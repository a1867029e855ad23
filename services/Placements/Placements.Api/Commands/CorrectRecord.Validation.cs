using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Placements.Domain;
using static Placements.Api.Commands.RequestFields;

namespace Placements.Api.Commands;

/// <summary>
/// Names every malformed field of a <c>CorrectRecord</c> request at once (InvalidArgument). What can only be judged
/// against the stored record is left to the rules (FailedPrecondition).
/// </summary>
public sealed partial record CorrectRecord
{
    public static CorrectRecord Validate(CorrectRecordRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var details = request.ChildDetails ?? new ChildDetailsCorrection();
        var identifiers = IdentifiersOf(errors, details.Upn, details.NhsNumber, details.Ethnicity, details.HomePostcode, uascSince: "", today);
        var dateOfBirth = errors.OptionalDate("child_details.date_of_birth", details.DateOfBirth, DateKind.Birth, today);
        var uascSince = errors.OptionalDate("child_details.uasc_since", details.UascSince, DateKind.Event, today);
        var uascCeasedOn = errors.OptionalDate("child_details.uasc_ceased_on", details.UascCeasedOn, DateKind.Event, today);
        CheckUascDates(errors, "child_details.", dateOfBirth, uascSince, uascCeasedOn, today);
        var mother = errors.OptionalOneOf("child_details.mother", details.Mother, ["0", "1"]);
        var firstChildBornOn = errors.OptionalDate("child_details.first_child_born_on", details.FirstChildBornOn, DateKind.Event, today);
        if (details.ClearMotherhood && (mother is not null || firstChildBornOn is not null))
        {
            errors.Add("child_details.clear_motherhood", "clears MOTHER and MC_DOB, so is given without mother or first_child_born_on.");
        }
        var correction = new CorrectRecord(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.Required("reason", request.Reason, maxLength: 500, TextKind.Paragraphs),
            new ChildDetailsChanges(
                errors.Optional("child_details.given_name", details.GivenName, maxLength: 100, TextKind.PersonName),
                errors.Optional("child_details.family_name", details.FamilyName, maxLength: 100, TextKind.PersonName),
                dateOfBirth,
                string.IsNullOrWhiteSpace(details.Sex) ? null : errors.OneOf("child_details.sex", details.Sex, [.. Ssda903Codes.Sex]),
                identifiers.Upn, identifiers.NhsNumber, identifiers.Ethnicity, identifiers.HomePostcode,
                uascSince, uascCeasedOn, mother, firstChildBornOn, details.ClearMotherhood),
            EpisodeOf(errors, request.CurrentEpisode, today),
            PeriodOf(errors, request.Period, today));
        errors.ThrowIfAny();
        return correction;
    }

    private static EpisodeCorrectionFields? EpisodeOf(FieldErrors errors, EpisodeCorrection? episode, DateOnly today)
    {
        if (episode is null)
        {
            return null;
        }
        var fields = new EpisodeCorrectionFields(
            errors.OptionalDate("current_episode.episode_starts_on", episode.EpisodeStartsOn, DateKind.Event, today),
            errors.OptionalDate("current_episode.corrected_starts_on", episode.CorrectedStartsOn, DateKind.Event, today),
            errors.OptionalOneOf("current_episode.legal_status", episode.LegalStatus, [.. Ssda903Codes.LegalStatus]),
            errors.OptionalOneOf("current_episode.category_of_need", episode.CategoryOfNeed, [.. Ssda903Codes.CategoryOfNeed]),
            errors.OptionalOneOf("current_episode.reason_for_change", episode.ReasonForChange, [.. ReasonForPlacementChange.All]),
            new PlacementChanges(
                errors.OptionalOneOf("current_episode.placement_type", episode.PlacementType, [.. Ssda903Codes.PlacementType]),
                errors.Optional("current_episode.placement_provider", episode.PlacementProvider), errors.Optional("current_episode.provider_urn", episode.ProviderUrn),
                errors.Optional("current_episode.placement_postcode", episode.PlacementPostcode), errors.Optional("current_episode.placement_authority_code", episode.PlacementAuthorityCode)));
        if (fields.Any)
        {
            return fields;
        }
        if (!string.IsNullOrWhiteSpace(episode.EpisodeStartsOn))
        {
            errors.Add("current_episode", "names an episode but gives nothing to correct in it.");
        }
        return null;
    }

    private static PeriodChanges? PeriodOf(FieldErrors errors, PeriodCorrection? period, DateOnly today)
    {
        if (period is null || (string.IsNullOrWhiteSpace(period.PeriodStartedOn)
            && string.IsNullOrWhiteSpace(period.CorrectedEndedOn) && string.IsNullOrWhiteSpace(period.CorrectedReasonCeased)))
        {
            return null;
        }
        var changes = new PeriodChanges(
            errors.RequiredDate("period.period_started_on", period.PeriodStartedOn, DateKind.Event, today),
            errors.OptionalDate("period.corrected_ended_on", period.CorrectedEndedOn, DateKind.Event, today),
            errors.OptionalOneOf("period.corrected_reason_ceased", period.CorrectedReasonCeased, [.. ReasonEpisodeCeased.All]));
        if (string.IsNullOrWhiteSpace(period.CorrectedEndedOn) && string.IsNullOrWhiteSpace(period.CorrectedReasonCeased))
        {
            errors.Add("period", "names a period but gives neither corrected_ended_on nor corrected_reason_ceased.");
        }
        return changes;
    }
}
