using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.InTouch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeavingCare.Api.Queries;

/// <summary>What the care leaver return will say for a young person in a collection year, and what is still missing.</summary>
public sealed record Oc3View(
    string Year, DateOnly Birthday, int Age, string Collection, Oc3Finding? ExcludedBy, DateOnly WindowFirst, DateOnly WindowLast,
    Oc3Row? Row, IReadOnlyList<string> Missing, IReadOnlyList<Oc3Finding> Findings, bool IsComplete);

/// <summary>
/// The young person's OC3 for a year (docs/leaving-care.md §7.3): whether they are in the cohort and why not, and if they
/// are, the row the contacts, accommodation and activity recorded make, the gaps and the rules it breaks.
/// </summary>
public sealed class GetOc3ReportHandler(LeavingCareDbContext db, IOptions<ContactWindowOptions> window)
{
    public async Task<Oc3View?> HandleAsync(Guid id, string? year, DateOnly today, CancellationToken ct)
    {
        var collectionYear = YearFrom(year, today);

        if (await db.YoungPeople.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } person)
        {
            return null;
        }
        if (person.DateOfBirth > collectionYear.End)
        {
            throw new LeavingCare.Domain.LeavingCareRuleViolation($"Born after {collectionYear}: there is nothing to return for that year.");
        }

        var records = await db.Set<InTouchRecordRow>().AsNoTracking().Where(r => r.YoungPersonId == id).ToListAsync(ct);
        return Report(person, records, collectionYear, window.Value);
    }

    /// <summary>The collection year asked for ("2025-26"), or the one today is in; 400 (INVALID_ARGUMENT) naming <paramref name="field"/> otherwise.</summary>
    public static CollectionYear YearFrom(string? year, DateOnly today, string field = "year")
    {
        var collectionYear = CollectionYear.Containing(today);
        if (!string.IsNullOrWhiteSpace(year) && !CollectionYear.TryParse(year, out collectionYear))
        {
            var errors = new FieldErrors();
            errors.Add(field, $"\"{year}\" is not a collection year: write it as \"2025-26\" (1 April 2025 to 31 March 2026).");
            errors.ThrowIfAny();
        }
        return collectionYear;
    }

    /// <summary>The OC3 of one young person for a year from the records held (ordered here); shared with the cohort's figures and worklist.</summary>
    public static Oc3View Report(YoungPersonRow person, IReadOnlyList<InTouchRecordRow> held, CollectionYear collectionYear, ContactWindowOptions options)
    {
        var decision = Oc3Cohort.For(CareLeaverStatusEvaluation.HistoryOf(person), collectionYear, CareLeaverStatusEvaluation.DeterminationOf(person));
        var around = ContactWindow.Around(decision.Birthday, options);
        var collection = decision.Collection switch
        {
            Oc3Collection.CareLeavers17To21 => "care-leavers-17-to-21",
            Oc3Collection.InTouch22To25 => "in-touch-22-to-25",
            _ => "none",
        };
        if (!decision.IsReported)
        {
            return new Oc3View(collectionYear.Name, decision.Birthday, decision.Age, collection, decision.ExcludedBy, around.First, around.Last, null, [], [], false);
        }

        var records = held.OrderBy(r => r.On).ThenBy(r => r.Id).ToList();
        var report = Oc3Reporting.For(decision, new InTouchRecords(
            [.. records.Where(r => r.Kind == InTouchRecordRow.Contact).Select(r => new Oc3Contact(r.On, r.Code))],
            [.. records.Where(r => r.Kind == InTouchRecordRow.Accommodation).Select(r => new EffectiveCode(r.On, r.Code))],
            [.. records.Where(r => r.Kind == InTouchRecordRow.Activity).Select(r => new EffectiveCode(r.On, r.Code))],
            AskedForSupport: person.AskedForSupportOn is { } asked && asked <= collectionYear.End), options);
        return new Oc3View(collectionYear.Name, decision.Birthday, decision.Age, collection, null, around.First, around.Last, report.Row,
            [.. report.Gaps.Select(g => g switch
            {
                Oc3Gap.NoContactInWindow => "no contact in the window",
                Oc3Gap.NoAccommodationAtBirthday => "no accommodation on the birthday",
                _ => "no activity on the birthday",
            })], report.Findings, report.IsComplete);
    }
}
