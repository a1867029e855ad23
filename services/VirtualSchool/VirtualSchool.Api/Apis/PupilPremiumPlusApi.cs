using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Apis;

/// <summary>Pupil Premium Plus per financial year: the grant, allocations to schools, payments, claw-back, and the reports (docs/virtual-school.md §10.8).</summary>
public static class PupilPremiumPlusApi
{
    public const string Prefix = "/api/virtual-school/pupil-premium-plus";

    public static RouteGroupBuilder MapPupilPremiumPlusApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("Pupil Premium Plus");
        group.MapPost("/{financialYear}", OpenAsync).RequireAuthorization(Policies.WriteVirtualSchool).WithName("OpenPupilPremiumPlusYear")
            .WithSummary("Opens a financial year (\"2025-26\"): counts the eligible pupils, receives the grant and moves the retained share out of the pot")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{financialYear}", YearAsync).RequireAuthorization(Policies.ReadAggregates).WithName("GetPupilPremiumPlusYear")
            .WithSummary("The year's totals: grant, retained, allocated, paid, clawed back, unspent (the eligible count suppressed below the threshold for the Board)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{financialYear}/schools", SchoolsAsync).RequireAuthorization(Policies.ReadVirtualSchool).WithName("ListPupilPremiumPlusBySchool")
            .WithSummary("Allocated, paid and outstanding per school, with the pupils and PEP targets").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{financialYear}/pupils/{pupilId:guid}", PupilAsync).RequireAuthorization(Policies.ReadVirtualSchool)
            .WithName("GetPupilPremiumPlusForPupil").WithSummary("One pupil's budget, allocations, payments and what remains (audited)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{financialYear}/allocations", AllocateAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("AllocatePupilPremiumPlus")
            .WithSummary("Allocates money from the pot to a school for a pupil against PEP targets: pupilId, urn, targetIds, amount (pounds), why")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{financialYear}/allocations/{allocationId:guid}/payments", PayAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("PayPupilPremiumPlus").WithSummary("Records a payment to the school against the allocation: amount (pounds), why")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{financialYear}/allocations/{allocationId:guid}/claw-back", ClawBackAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("ClawBackPupilPremiumPlus")
            .WithSummary("Takes the unpaid part back into the pot, or moves it to the pupil's new school with newUrn (and targetIds): why")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{financialYear}/pupils/{pupilId:guid}/budget", SetBudgetAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("SetPupilPremiumPlusBudget").WithSummary("Sets the most the pupil may be allocated this year: budget (pounds), why")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{financialYear}/retained-spending", SpendRetainedAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("SpendRetainedPupilPremiumPlus").WithSummary("Records retained (top-sliced) money spent: amount (pounds), why (on what)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{financialYear}/close", CloseAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("ClosePupilPremiumPlusYear").WithSummary("The year-end return: everything unspent goes back to DfE and the ledger closes: why")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    public sealed record OpenedYear(string FinancialYear, int EligiblePupils, decimal RatePerChild, decimal Grant, decimal Retained, decimal ForSchools, decimal PupilBudget);

    public sealed record Movement(int Number, string Kind, decimal Amount, Guid? AllocationId, string Why, DateTimeOffset At);

    private static Movement MovementOf(LedgerPosting posting) => new(
        posting.Number, posting.Kind.ToString(), posting.Amount.Pounds,
        posting.Allocation?.Id ?? posting.Lines.Select(l => l.Account.AllocationId).OfType<Guid>().FirstOrDefault(), posting.Audit.Why, posting.Audit.At);

    private static async Task<Created<OpenedYear>> OpenAsync(
        string financialYear, OpenPupilPremiumPlusYearHandler open, ClaimsPrincipal user, CancellationToken ct)
    {
        var year = PupilPremiumPlusInput.Year(financialYear);
        var grant = await open.HandleAsync(year, PlatformClaims.SubjectOf(user), ct);
        return TypedResults.Created($"{Prefix}/{year.Name}", new OpenedYear(
            year.Name, grant.EligibleChildren, grant.RatePerChild.Pounds, grant.Total.Pounds, grant.Retained.Pounds, grant.ForSchools.Pounds, grant.PerChildBudget.Pounds));
    }

    private static async Task<Ok<PupilPremiumPlusYearView>> YearAsync(
        string financialYear, GetPupilPremiumPlusHandler reports, IOptions<MeasureOptions> options, ClaimsPrincipal user, CancellationToken ct)
    {
        var exact = user.IsInRole(Roles.VirtualSchool);
        return TypedResults.Ok(await reports.YearAsync(PupilPremiumPlusInput.Year(financialYear), exact ? null : options.Value.SmallNumberThreshold, ct));
    }

    private static async Task<Ok<IReadOnlyList<PupilPremiumPlusSchoolView>>> SchoolsAsync(string financialYear, GetPupilPremiumPlusHandler reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.SchoolsAsync(PupilPremiumPlusInput.Year(financialYear), ct));

    private static async Task<Ok<PupilPremiumPlusPupilView>> PupilAsync(
        string financialYear, Guid pupilId, GetPupilPremiumPlusHandler reports, IAuditTrail audit, CancellationToken ct)
    {
        var view = await reports.PupilAsync(PupilPremiumPlusInput.Year(financialYear), pupilId, ct);
        await audit.RecordAsync(new AuditEntry("GET /api/virtual-school/pupil-premium-plus/{year}/pupils/{id}", "pupil-premium-plus", pupilId, financialYear), ct);
        return TypedResults.Ok(view);
    }

    private static async Task<Created<PupilPremiumPlusAllocation>> AllocateAsync(
        string financialYear, AllocatePupilPremiumPlusCommand.Body body, AllocatePupilPremiumPlusHandler allocate, IAuditTrail audit,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var command = AllocatePupilPremiumPlusCommand.From(PupilPremiumPlusInput.Year(financialYear), body);
        var allocation = await allocate.HandleAsync(command, PlatformClaims.SubjectOf(user), ct);
        await audit.RecordAsync(new AuditEntry("POST /api/virtual-school/pupil-premium-plus/{year}/allocations", "pupil-premium-plus", allocation.PupilId, $"{allocation.Id}"), ct);
        return TypedResults.Created($"{Prefix}/{command.Year.Name}/pupils/{allocation.PupilId}", allocation);
    }

    private static async Task<Created<Movement>> PayAsync(
        string financialYear, Guid allocationId, PayPupilPremiumPlusHandler.Body body, PayPupilPremiumPlusHandler pay, ClaimsPrincipal user, CancellationToken ct)
    {
        var posting = await pay.HandleAsync(PupilPremiumPlusInput.Year(financialYear), allocationId, body, PlatformClaims.SubjectOf(user), ct);
        return TypedResults.Created($"{Prefix}/{financialYear}", MovementOf(posting));
    }

    private static async Task<Ok<Movement>> ClawBackAsync(
        string financialYear, Guid allocationId, ClawBackPupilPremiumPlusHandler.Body body, ClawBackPupilPremiumPlusHandler clawBack,
        ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(MovementOf(await clawBack.HandleAsync(PupilPremiumPlusInput.Year(financialYear), allocationId, body, PlatformClaims.SubjectOf(user), ct)));

    private static async Task<Ok<Movement>> SetBudgetAsync(
        string financialYear, Guid pupilId, SetPupilPremiumPlusBudgetHandler.Body body, SetPupilPremiumPlusBudgetHandler set, ClaimsPrincipal user,
        CancellationToken ct) =>
        TypedResults.Ok(MovementOf(await set.HandleAsync(PupilPremiumPlusInput.Year(financialYear), pupilId, body, PlatformClaims.SubjectOf(user), ct)));

    private static async Task<Created<Movement>> SpendRetainedAsync(
        string financialYear, SpendRetainedPupilPremiumPlusHandler.Body body, SpendRetainedPupilPremiumPlusHandler spend, ClaimsPrincipal user,
        CancellationToken ct) =>
        TypedResults.Created($"{Prefix}/{financialYear}", MovementOf(await spend.HandleAsync(PupilPremiumPlusInput.Year(financialYear), body, PlatformClaims.SubjectOf(user), ct)));

    private static async Task<Ok<Movement>> CloseAsync(
        string financialYear, ClosePupilPremiumPlusYearHandler.Body body, ClosePupilPremiumPlusYearHandler close, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(MovementOf(await close.HandleAsync(PupilPremiumPlusInput.Year(financialYear), body, PlatformClaims.SubjectOf(user), ct)));
}
