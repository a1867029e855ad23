using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Application;
using Health.Api.Model;
using Health.Domain;
using V1 = CorporateParenting.Health.V1;

namespace Health.Api.Grpc;

/// <summary>health.v1 requests checked field by field: every problem is reported at once as InvalidArgument.</summary>
public static class HealthRequests
{
    public const int DefaultWorklistLimit = 200;
    public const int MaxWorklistLimit = 1000;

    public static (Guid AssessmentId, AssessmentEventRecord Event) EventOf(V1.RecordAssessmentEventRequest request, string recordedBy, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var clientRequestId = errors.Required("client_request_id", request.ClientRequestId, maxLength: 100);
        var assessmentId = errors.RequiredGuid("assessment_id", request.AssessmentId);
        var kind = ProtoEnum.Parse<AssessmentEventKind>(errors, "event", request.Event);
        var occurredOn = kind == AssessmentEventKind.NotRequired && string.IsNullOrWhiteSpace(request.OccurredOn)
            ? DateOnly.FromDateTime(now.UtcDateTime)
            : errors.RequiredDate("occurred_on", request.OccurredOn);
        string? clinician = null, role = null, reason = null;
        DateOnly? previouslyAssessedOn = null;
        switch (kind)
        {
            case AssessmentEventKind.Booked:
                clinician = errors.Required("clinician", request.Clinician);
                break;
            case AssessmentEventKind.Completed:
                clinician = errors.Required("clinician", request.Clinician);
                role = ProtoEnum.Parse<ClinicianRole>(errors, "clinician_role", request.ClinicianRole)?.ToString();
                break;
            case AssessmentEventKind.Declined or AssessmentEventKind.Cancelled:
                reason = errors.Required("reason", request.Reason, maxLength: 1000);
                break;
            case AssessmentEventKind.NotRequired:
                previouslyAssessedOn = errors.RequiredDate("previously_assessed_on", request.PreviouslyAssessedOn);
                break;
        }
        errors.ThrowIfAny();
        return (assessmentId, new AssessmentEventRecord
        {
            AssessmentId = assessmentId,
            ClientRequestId = clientRequestId,
            Kind = kind!.Value,
            OccurredOn = occurredOn,
            Clinician = clinician,
            ClinicianRole = role,
            Reason = reason,
            PreviouslyAssessedOn = previouslyAssessedOn,
            RecordedBy = recordedBy,
            RecordedAt = now,
        });
    }

    public static readonly AssessmentKind[] CheckKinds = [AssessmentKind.Dental, AssessmentKind.Optical, AssessmentKind.Hearing, AssessmentKind.Immunisations];

    public static (Guid ChildId, AssessmentKind Kind, AssessmentEventRecord Completed, bool? UpToDate) CheckOf(
        V1.RecordHealthCheckRequest request, string recordedBy, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var clientRequestId = errors.Required("client_request_id", request.ClientRequestId, maxLength: 100);
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        var kind = ProtoEnum.Parse<AssessmentKind>(errors, "kind", request.Kind);
        if (kind is { } k && !CheckKinds.Contains(k))
        {
            errors.Add("kind", $"must be one of {string.Join(", ", CheckKinds.Select(ProtoEnum.Name))}; assessments are recorded with RecordAssessmentEvent.");
        }
        var checkedOn = errors.RequiredDate("checked_on", request.CheckedOn);
        var checkedBy = errors.Required("checked_by", request.CheckedBy);
        var role = ProtoEnum.Parse<ClinicianRole>(errors, "clinician_role", request.ClinicianRole);
        errors.ThrowIfAny();
        return (childId, kind!.Value, new AssessmentEventRecord
        {
            ClientRequestId = clientRequestId,
            Kind = AssessmentEventKind.Completed,
            OccurredOn = checkedOn,
            Clinician = checkedBy,
            ClinicianRole = role!.Value.ToString(),
            RecordedBy = recordedBy,
            RecordedAt = now,
        }, kind == AssessmentKind.Immunisations ? request.ImmunisationsUpToDate : null);
    }

    public static (string ClientRequestId, Guid ChildId, SdqQuestionnaire Questionnaire) SdqOf(V1.SubmitSdqRequest request)
    {
        var errors = new FieldErrors();
        var clientRequestId = errors.Required("client_request_id", request.ClientRequestId, maxLength: 100);
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        var completedOn = errors.RequiredDate("completed_on", request.CompletedOn);
        var informant = ProtoEnum.Parse<SdqInformant>(errors, "informant", request.Informant);
        var form = ProtoEnum.Parse<SdqForm>(errors, "form", request.Form);
        var completedBy = errors.Required("completed_by", request.CompletedBy);
        if (request.Responses.Count != SdqItem.All.Count)
        {
            errors.Add("responses", $"must have exactly {SdqItem.All.Count} responses in item order; got {request.Responses.Count}.");
        }
        for (var i = 0; i < request.Responses.Count; i++)
        {
            if (request.Responses[i] is < -1 or > 2)
            {
                errors.Add($"responses[{i}]", $"item {i + 1} must be 0, 1 or 2, or -1 when not answered; got {request.Responses[i]}.");
            }
        }
        errors.ThrowIfAny();
        try
        {
            var responses = new SdqResponses([.. request.Responses.Select(r => r < 0 ? (int?)null : r)]);
            return (clientRequestId, childId, new SdqQuestionnaire(completedOn, informant!.Value, form!.Value, completedBy, responses));
        }
        catch (HealthRuleViolation violation)
        {
            throw new RuleViolationException(violation.Message);
        }
    }

    public static WorklistFilter WorklistOf(bool overdueOnly, int dueWithinDays, string? kind, string? team, int limit)
    {
        var errors = new FieldErrors();
        if (dueWithinDays < 0)
        {
            errors.Add("due_within_days", "must be 0 (no limit) or more.");
        }
        var parsedKind = ProtoEnum.Parse<AssessmentKind>(errors, "kind", kind, required: false);
        var parsedTeam = string.IsNullOrWhiteSpace(team) ? null : errors.OneOf("team", team, HealthChild.Teams);
        if (limit is < 0 or > MaxWorklistLimit)
        {
            errors.Add("limit", $"must be between 1 and {MaxWorklistLimit}, or 0 for {DefaultWorklistLimit}.");
        }
        errors.ThrowIfAny();
        return new WorklistFilter(overdueOnly, dueWithinDays == 0 ? null : dueWithinDays, parsedKind, parsedTeam, limit == 0 ? DefaultWorklistLimit : limit);
    }
}
