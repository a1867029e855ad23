using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Apis;

/// <summary>Schools and other provisions pupils are enrolled at, by URN.</summary>
public static class SchoolsApi
{
    public const string Prefix = "/api/virtual-school/schools";

    public static RouteGroupBuilder MapSchoolsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("Schools");
        group.MapPost("/", RecordAsync).RequireAuthorization(Policies.WriteVirtualSchool).WithName("RecordSchool")
            .WithSummary("Records a school or other provision: urn (6-7 digits), name, phase, provisionType, localAuthorityCode (ONS)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{urn}", UpdateAsync).RequireAuthorization(Policies.WriteVirtualSchool).WithName("UpdateSchool")
            .WithSummary("Replaces a school's name, phase, provision type and local authority")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadVirtualSchool).WithName("ListSchools")
            .WithSummary("The schools recorded, by name (page, pageSize)").ProducesValidationProblem();
        group.MapGet("/{urn}", GetAsync).RequireAuthorization(Policies.ReadVirtualSchool).WithName("GetSchool")
            .WithSummary("One school by URN").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Created<SchoolView>> RecordAsync(SchoolDetails body, RecordSchoolHandler record, CancellationToken ct)
    {
        var school = await record.HandleAsync(body, ct);
        return TypedResults.Created($"{Prefix}/{school.Urn}", school);
    }

    private static async Task<Ok<SchoolView>> UpdateAsync(string urn, SchoolDetails body, UpdateSchoolHandler update, CancellationToken ct) =>
        TypedResults.Ok(await update.HandleAsync(urn, body, ct));

    private static async Task<Ok<Page<SchoolView>>> ListAsync(ListSchoolsHandler schools, CancellationToken ct, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await schools.ListAsync(page, pageSize, ct));

    private static async Task<Ok<SchoolView>> GetAsync(string urn, ListSchoolsHandler schools, CancellationToken ct) =>
        TypedResults.Ok(await schools.GetAsync(urn, ct));
}
