using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain;
using LeavingCare.Domain.Status;
using LeavingCare.Domain.StayingPut;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Commands;

/// <summary>
/// POST /api/leaving-care/young-people/{id}/staying-close: the day it was assessed (not after today), whether support is
/// needed, and if so with what (areas: accommodation, health, relationships, education-and-employment, participation), and
/// a summary.
/// </summary>
public sealed record StayingCloseAssessmentRequest(string? AssessedOn, bool? SupportNeeded, IReadOnlyList<string?>? Areas, string? Summary);

/// <summary>
/// Records a staying close assessment (docs/leaving-care.md §6.2) for a young person who was former relevant and under 25
/// on the day assessed. Kept, never changed: a later assessment is recorded beside it.
/// </summary>
public sealed class RecordStayingCloseAssessmentHandler(LeavingCareDbContext db, TimeProvider clock)
{
    public async Task<StayingCloseAssessmentRow> HandleAsync(Guid youngPersonId, StayingCloseAssessmentRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var assessed = errors.RequiredDate("assessedOn", request.AssessedOn, DateKind.Event, today);
        errors.NotAfterToday("assessedOn", assessed, today, "record the assessment once it has been made.");
        if (request.SupportNeeded is null)
        {
            errors.Add("supportNeeded", "is required: true or false.");
        }
        var areas = new List<string>();
        for (var i = 0; i < (request.Areas?.Count ?? 0); i++)
        {
            var area = errors.OneOf($"areas[{i}]", request.Areas![i], StayingClose.SupportAreas);
            if (areas.Contains(area))
            {
                errors.Add($"areas[{i}]", $"repeats {area}.");
            }
            areas.Add(area);
        }
        if (request.SupportNeeded == true && areas.Count == 0)
        {
            errors.Add("areas", $"names what the support is for when it is needed: one or more of {string.Join(", ", StayingClose.SupportAreas)}.");
        }
        if (request.SupportNeeded == false && areas.Count > 0)
        {
            errors.Add("areas", "is for support that is needed: leave it empty when none is.");
        }
        var summary = errors.Optional("summary", request.Summary, maxLength: 2000, TextKind.Paragraphs);
        errors.ThrowIfAny();

        var person = await db.YoungPeople.AsNoTracking().SingleOrDefaultAsync(p => p.Id == youngPersonId, ct)
            ?? throw new NotFoundException("Young person", youngPersonId);
        var category = CareLeaverStatus.On(CareLeaverStatusEvaluation.HistoryOf(person), assessed, CareLeaverStatusEvaluation.DeterminationOf(person));
        if (!StayingClose.CanBeAssessed(category, person.DateOfBirth, assessed))
        {
            throw new LeavingCareRuleViolation(
                $"assessedOn {assessed:yyyy-MM-dd} is a day the young person was {CareLeaverCategories.Code(category)}" +
                $"{(assessed >= person.DateOfBirth ? $" aged {Birthdays.AgeOn(person.DateOfBirth, assessed)}" : "")}: staying close is for former relevant young people under 25.");
        }

        var assessment = new StayingCloseAssessmentRow
        {
            YoungPersonId = youngPersonId, AssessedOn = assessed, SupportNeeded = request.SupportNeeded!.Value,
            Areas = [.. StayingClose.SupportAreas.Where(areas.Contains)], Summary = summary,
            RecordedBy = PlatformClaims.SubjectOf(caller), RecordedAt = clock.GetUtcNow(),
        };
        db.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment;
    }
}
