using CorporateParenting.Contracts.Placements;
using CorporateParenting.ServiceDefaults.Errors;
using Placements.Api.Model;
using Placements.Domain;

namespace Placements.Api.Application;

/// <summary>
/// Applies a correction: every changed field is kept in the child's correction history with its old and new value and
/// the reason. Corrected dates of birth, episodes and periods are checked by <see cref="CareHistory"/> against the whole
/// history, and UASC dates by <see cref="UascStatus"/>, before anything is kept.
/// </summary>
public static class RecordCorrections
{
    public static IReadOnlyList<CorrectionRecord> Apply(Child child, CareHistory history, RecordCorrection correction, DateTimeOffset now)
    {
        var log = new CorrectionLog(child.Id, correction.Reason, now);
        CorrectDetails(child, history, correction.Details, log);
        if (correction.Episode is not null || correction.Period is not null)
        {
            var periods = child.PeriodsOfCare.OrderBy(p => p.StartedOn).ToList();
            var episode = correction.Episode?.Over(history.EpisodeToCorrect(correction.Episode.EpisodeStartsOn));
            var corrected = history.Correct(episode, correction.Period, DateOnly.FromDateTime(now.UtcDateTime));
            foreach (var period in corrected.Periods)
            {
                log.Keep(period, periods[period.Index].Id);
            }
        }

        if (log.Records.Count == 0)
        {
            throw new RuleViolationException("The correction changes nothing: every field given already holds that value.");
        }
        child.Corrections.AddRange(log.Records);
        return log.Records;
    }

    public static IEnumerable<object> Events(IReadOnlyList<CorrectionRecord> corrections, DateTimeOffset at) =>
        corrections.Select(c => new RecordCorrected(c.ChildId, c.PeriodOfCareId, c.Field, c.CorrectedFrom, c.CorrectedTo, c.Reason, at, c.EpisodeStartsOn));

    private static void CorrectDetails(Child child, CareHistory history, ChildDetailsChanges d, CorrectionLog log)
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
}
