using CorporateParenting.Calendar;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Api.Options;
using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>A validated <c>CorrectRecord</c> request (validation in CorrectRecord.Validation.cs): null means "leave as stored".</summary>
public sealed partial record CorrectRecord(
    string ClientRequestId,
    Guid ChildId,
    string Reason,
    ChildDetailsChanges Details,
    EpisodeCorrectionFields? Episode,
    PeriodChanges? Period)
{
    public const string Name = "CorrectRecord";
}

/// <summary>
/// Applies a correction: every changed field is kept in the child's correction history with its old and new value and
/// the reason. Corrected dates of birth, episodes and periods are checked by <see cref="CareHistory"/> against the whole
/// history, UASC dates by <see cref="UascStatus"/> and MOTHER and MC_DOB by <see cref="Motherhood"/>, before anything is kept.
/// </summary>
public sealed class CorrectRecordHandler(CareCommandSessions sessions, PlacementsDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public async Task<CareCommandResponse> HandleAsync(CorrectRecordRequest request, CancellationToken cancellationToken)
    {
        var command = CorrectRecord.Validate(request, clock.Today());
        await using var session = await sessions.BeginForChildAsync(CorrectRecord.Name, command.ClientRequestId, request, command.ChildId, cancellationToken);
        if (session.FirstResponse is { } first)
        {
            return first;
        }

        var child = await db.LoadChildAsync(command.ChildId, cancellationToken);
        var history = CareHistoryStore.Rehydrate(child, authority.Value.Code);
        var corrections = Apply(child, history, command, clock.GetUtcNow());
        CareHistoryStore.Store(history, child);

        var latest = CareHistoryStore.LatestPeriod(child);
        var period = corrections.Select(c => c.PeriodOfCareId).FirstOrDefault(id => id is not null) is { } changedId
            ? child.PeriodsOfCare.Single(p => p.Id == changedId)
            : latest;
        return await session.CompleteAsync(child, period, IntegrationEvents.Of(corrections, clock.GetUtcNow()), cancellationToken);
    }

    private static IReadOnlyList<CorrectionRow> Apply(ChildRow child, CareHistory history, CorrectRecord correction, DateTimeOffset now)
    {
        var log = new CorrectionLog(child.Id, correction.Reason, now);
        CorrectDetails(child, history, correction.Details, log);
        CorrectMotherhood(child, correction.Details, log, now.UtcDate());
        if (correction.Episode is not null || correction.Period is not null)
        {
            var periods = child.PeriodsOfCare.OrderBy(p => p.StartedOn).ToList();
            var episode = correction.Episode?.Over(history.EpisodeToCorrect(correction.Episode.EpisodeStartsOn));
            var corrected = history.Correct(episode, correction.Period, now.UtcDate());
            foreach (var period in corrected.Periods)
            {
                log.Keep(period, periods[period.Index].Id);
            }
        }

        if (log.Records.Count == 0)
        {
            throw new CareRuleViolation("The correction changes nothing: every field given already holds that value.");
        }
        child.Corrections.AddRange(log.Records);
        return log.Records;
    }

    private static void CorrectDetails(ChildRow child, CareHistory history, ChildDetailsChanges d, CorrectionLog log)
    {
        if (d.GivenName is not null) { log.Keep("given_name", child.GivenName, d.GivenName); child.GivenName = d.GivenName; }
        if (d.FamilyName is not null) { log.Keep("family_name", child.FamilyName, d.FamilyName); child.FamilyName = d.FamilyName; }
        if (d.Sex is not null) { log.Keep("sex", child.Sex, d.Sex); child.Sex = d.Sex; }
        if (d.Upn is not null) { log.Keep("upn", child.Upn, d.Upn); child.Upn = d.Upn; }
        if (d.NhsNumber is not null) { log.Keep("nhs_number", child.NhsNumber, d.NhsNumber); child.NhsNumber = d.NhsNumber; }
        if (d.Ethnicity is not null) { log.Keep("ethnicity", child.Ethnicity, d.Ethnicity); child.Ethnicity = d.Ethnicity; }
        if (d.HomePostcode is not null) { log.Keep("home_postcode", child.HomePostcode, d.HomePostcode); child.HomePostcode = d.HomePostcode; }
        if (d.DateOfBirth is { } dateOfBirth)
        {
            log.Keep("date_of_birth", CorrectionLog.Show(child.DateOfBirth), CorrectionLog.Show(dateOfBirth));
            history.CorrectDateOfBirth(dateOfBirth);
            child.DateOfBirth = dateOfBirth;
        }
        if (d.UascSince is { } since) { log.Keep("uasc_since", CorrectionLog.Show(child.UascSince), CorrectionLog.Show(since)); child.UascSince = since; }
        if (d.UascCeasedOn is { } ceased) { log.Keep("uasc_ceased_on", CorrectionLog.Show(child.UascCeasedOn), CorrectionLog.Show(ceased)); child.UascCeasedOn = ceased; }
        if (d.DateOfBirth is not null || d.UascSince is not null || d.UascCeasedOn is not null)
        {
            UascStatus.Check(child.DateOfBirth, child.UascSince, child.UascCeasedOn);
        }
    }

    /// <summary>After sex and date of birth, which the motherhood rules are judged against even when it is not what changed.</summary>
    private static void CorrectMotherhood(ChildRow child, ChildDetailsChanges d, CorrectionLog log, DateOnly today)
    {
        var stored = child.Motherhood;
        var corrected = d.MotherhoodOver(stored);
        corrected.Check(child.Sex, child.DateOfBirth, today);
        log.Keep("mother", stored.MotherCode, corrected.MotherCode);
        log.Keep("first_child_born_on", CorrectionLog.Show(stored.FirstChildBornOn), CorrectionLog.Show(corrected.FirstChildBornOn));
        child.Motherhood = corrected;
    }
}
