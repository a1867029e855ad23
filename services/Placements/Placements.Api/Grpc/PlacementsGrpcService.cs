using CorporateParenting.Audit;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Application;
using Placements.Api.Infrastructure;
using CorporateParenting.CodeLists;
using Placements.Api.Model;

namespace Placements.Api.Grpc;

public sealed class PlacementsGrpcService(RecordEntryToCareHandler recordEntryToCare, PlacementsDbContext db, IAuditTrail audit)
    : CorporateParenting.Placements.V1.Placements.PlacementsBase
{
    [Authorize(Policy = Policies.CaseSystem)]
    public override async Task<RecordEntryToCareResponse> RecordEntryToCare(RecordEntryToCareRequest request, ServerCallContext context)
    {
        var recorded = await recordEntryToCare.HandleAsync(ToCommand(request), context.CancellationToken);
        return new RecordEntryToCareResponse
        {
            ChildId = recorded.ChildId.ToString(),
            PeriodOfCareId = recorded.PeriodOfCareId.ToString(),
        };
    }

    [Authorize(Policy = Policies.ReadChildRegister)]
    public override async Task<ChildRecord> GetChild(GetChildRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        errors.ThrowIfAny();

        var child = await db.Children.AsNoTracking().Include(c => c.PeriodsOfCare)
            .SingleOrDefaultAsync(c => c.Id == childId, context.CancellationToken)
            ?? throw new NotFoundException("Child", childId);
        await audit.RecordAsync(new AuditEntry("placements.v1.Placements/GetChild", "child", childId), context.CancellationToken);
        return ToRecord(child);
    }

    private static EntryToCare ToCommand(RecordEntryToCareRequest request)
    {
        var errors = new FieldErrors();
        var command = new EntryToCare(
            ClientRequestId: errors.Required("client_request_id", request.ClientRequestId, maxLength: 100),
            CaseReference: errors.Required("case_reference", request.CaseReference, maxLength: 50),
            GivenName: errors.Required("given_name", request.GivenName, maxLength: 100),
            FamilyName: errors.Required("family_name", request.FamilyName, maxLength: 100),
            DateOfBirth: errors.RequiredDate("date_of_birth", request.DateOfBirth),
            Sex: errors.OneOf("sex", request.Sex, [.. Ssda903Codes.Sex]),
            EnteredCareOn: errors.RequiredDate("entered_care_on", request.EnteredCareOn),
            LegalStatus: errors.OneOf("legal_status", request.LegalStatus, [.. Ssda903Codes.LegalStatus]),
            CategoryOfNeed: errors.OneOf("category_of_need", request.CategoryOfNeed, [.. Ssda903Codes.CategoryOfNeed]),
            PlacementType: errors.OneOf("placement_type", request.PlacementType, [.. Ssda903Codes.PlacementType]),
            PlacementAuthorityCode: errors.Required("placement_authority_code", request.PlacementAuthorityCode, maxLength: 9));
        if (command.PlacementAuthorityCode.Length > 0 && !OnsAuthorityCode.IsValid(command.PlacementAuthorityCode))
        {
            errors.Add("placement_authority_code", "must be an ONS local authority code such as E06000015.");
        }
        errors.ThrowIfAny();
        return command;
    }

    private static ChildRecord ToRecord(Child child)
    {
        var record = new ChildRecord
        {
            ChildId = child.Id.ToString(),
            CaseReference = child.CaseReference,
            GivenName = child.GivenName,
            FamilyName = child.FamilyName,
            DateOfBirth = child.DateOfBirth.ToString("yyyy-MM-dd"),
            Sex = child.Sex,
        };
        record.PeriodsOfCare.AddRange(child.PeriodsOfCare.OrderBy(p => p.StartedOn).Select(p => new CorporateParenting.Placements.V1.PeriodOfCare
        {
            PeriodOfCareId = p.Id.ToString(),
            StartedOn = p.StartedOn.ToString("yyyy-MM-dd"),
            LegalStatus = p.LegalStatus,
            CategoryOfNeed = p.CategoryOfNeed,
            PlacementType = p.PlacementType,
            PlacementAuthorityCode = p.PlacementAuthorityCode,
            IsOutOfArea = p.IsOutOfArea,
        }));
        return record;
    }
}
