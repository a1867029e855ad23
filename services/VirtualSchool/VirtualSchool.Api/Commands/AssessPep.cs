using CorporateParenting.ServiceDefaults.Security;
using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Commands;

/// <summary>One checklist item as the reviewer answers it.</summary>
public sealed record QualityCheckRequest(string? Item, bool? Met, string? Comment);

/// <summary>POST /api/virtual-school/peps/{id}/quality: an answer for every checklist item, and comments.</summary>
public sealed record AssessPepRequest(int? Version, List<QualityCheckRequest?>? Results, string? Comments);

/// <summary>The stored assessment (jsonb): the rating with what it rests on, the comments, who and when.</summary>
public sealed record PepQualityView(
    string Rating, int Met, int Items, decimal MetPercent, bool AllMandatoryMet, bool IsAdequate,
    IReadOnlyList<QualityCheckResult> Results, string? Comments, string By, DateTimeOffset At);

/// <summary>
/// The Virtual School rates a Submitted PEP against the configured checklist (<see cref="PepQualityAssurance.Rate"/>,
/// docs/virtual-school.md §9.8); a later rating replaces it, and both stay in the history.
/// </summary>
public sealed class AssessPepHandler(
    VirtualSchoolDbContext db, PepRegister register, IOptions<PepQualityOptions> quality, GetPepHandler views, TimeProvider clock)
{
    public async Task<PepDetails> HandleAsync(Guid pepId, AssessPepRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.Results is not { Count: > 0 } answers)
        {
            errors.Add("results", "is required: answer every checklist item with met true or false.");
            answers = [];
        }

        var results = new List<QualityCheckResult>();
        foreach (var (answer, i) in answers.Select((a, i) => (a, i)))
        {
            var item = errors.Required($"results[{i}].item", answer?.Item, maxLength: 300);
            if (answer?.Met is not { } met)
            {
                errors.Add($"results[{i}].met", "is required: true or false.");
                continue;
            }

            results.Add(new QualityCheckResult(item, met, errors.Optional($"results[{i}].comment", answer.Comment, 2000, TextKind.Paragraphs)));
        }

        var comments = errors.Optional("comments", request.Comments, 4000, TextKind.Paragraphs);
        errors.ThrowIfAny();

        var today = clock.Today();
        var pep = await PepAccess.FindAsync(db, pepId, caller, today, ct);
        PepAccess.CheckVersion(pep, request.Version);
        PepWorkflow.Assess(PepCodes.Status(pep.Status));
        var assessment = PepQualityAssurance.Rate(results, quality.Value);

        var by = PlatformClaims.SubjectOf(caller);
        var now = clock.GetUtcNow();
        pep.Rating = PepCodes.Of(assessment.Rating);
        pep.Quality = PepContentJson.Write(new PepQualityView(pep.Rating, assessment.Met, assessment.Items, assessment.MetPercent,
            assessment.AllMandatoryMet, assessment.IsAdequate, assessment.Results, comments, by, now));
        pep.AssessedBy = by;
        pep.AssessedAt = now;
        register.Record(db, pep, "quality-assured", by, $"rated {pep.Rating}: {assessment.Met} of {assessment.Items} checklist items met");
        await PepAccess.SaveAsync(db, ct);
        return await views.ViewAsync(pep, today, ct);
    }
}
