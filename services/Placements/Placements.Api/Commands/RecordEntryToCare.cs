using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Api.Options;
using Placements.Domain;
using static Placements.Api.Commands.RequestFields;

namespace Placements.Api.Commands;

/// <summary>
/// A validated <c>RecordEntryToCare</c> request: a child, new or returning, starts a period of care (RNE S), in an
/// emergency placement when <see cref="Emergency"/>.
/// </summary>
public sealed record RecordEntryToCare(
    string ClientRequestId,
    string CaseReference,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Sex,
    DateOnly EnteredCareOn,
    string LegalStatus,
    string CategoryOfNeed,
    Placement Placement,
    ChildIdentifiers Identifiers,
    Motherhood Motherhood,
    bool Emergency)
{
    public const string Name = "RecordEntryToCare";

    public static RecordEntryToCare Validate(RecordEntryToCareRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var command = new RecordEntryToCare(
            ClientRequestId: errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference),
            CaseReference: errors.Required("case_reference", request.CaseReference, maxLength: 50, TextKind.Reference),
            GivenName: errors.Required("given_name", request.GivenName, maxLength: 100, TextKind.PersonName),
            FamilyName: errors.Required("family_name", request.FamilyName, maxLength: 100, TextKind.PersonName),
            DateOfBirth: errors.RequiredDate("date_of_birth", request.DateOfBirth, DateKind.Birth, today),
            Sex: errors.OneOf("sex", request.Sex, [.. Ssda903Codes.Sex]),
            EnteredCareOn: errors.RequiredDate("entered_care_on", request.EnteredCareOn, DateKind.Event, today),
            LegalStatus: errors.OneOf("legal_status", request.LegalStatus, [.. Ssda903Codes.LegalStatus]),
            CategoryOfNeed: errors.OneOf("category_of_need", request.CategoryOfNeed, [.. Ssda903Codes.CategoryOfNeed]),
            Placement: PlacementOf(errors, request.PlacementType, request.PlacementProvider, request.ProviderUrn, request.PlacementPostcode, request.PlacementAuthorityCode),
            Identifiers: IdentifiersOf(errors, request.Upn, request.NhsNumber, request.Ethnicity, request.HomePostcode, request.UascSince, today),
            Motherhood: MotherhoodOf(errors, prefix: "", request.Mother, request.FirstChildBornOn, today),
            Emergency: request.Emergency);
        CheckUascDates(errors, prefix: "", command.DateOfBirth, command.Identifiers.UascSince, ceasedOn: null, today);
        errors.ThrowIfAny();
        return command;
    }
}

public sealed class RecordEntryToCareHandler(CareCommandSessions sessions, PlacementsDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public async Task<CareCommandResponse> HandleAsync(RecordEntryToCareRequest request, CancellationToken cancellationToken)
    {
        var command = RecordEntryToCare.Validate(request, clock.Today());
        NotInTheFuture.Check(RecordEntryToCare.Name, command.EnteredCareOn, clock.Today());
        await using var session = await sessions.BeginForCaseAsync(RecordEntryToCare.Name, command.ClientRequestId, request, command.CaseReference, cancellationToken);
        if (session.FirstResponse is { } first)
        {
            return first;
        }

        var child = await db.Children.Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .SingleOrDefaultAsync(c => c.CaseReference == command.CaseReference, cancellationToken);
        if (child is null)
        {
            child = NewChild(command);
            db.Children.Add(child);
        }
        else
        {
            await session.LockChildAsync(child.Id, cancellationToken);
            FillIdentifierGaps(child, command.Identifiers);
            if (child.Motherhood == Motherhood.NotRecorded)
            {
                child.Motherhood = command.Motherhood;
            }
        }
        child.Motherhood.Check(child.Sex, child.DateOfBirth, clock.Today());

        var history = CareHistoryStore.Rehydrate(child, authority.Value.Code);
        var entered = history.EnterCare(command.EnteredCareOn, command.LegalStatus, command.CategoryOfNeed, command.Placement, command.Emergency);
        CareHistoryStore.Store(history, child);

        var period = CareHistoryStore.LatestPeriod(child);
        return await session.CompleteAsync(child, period, [IntegrationEvents.Of(entered, child, period, clock.GetUtcNow())], cancellationToken);
    }

    /// <summary>Identifiers learnt since the last period fill the gaps; a stored value changes only by correction.</summary>
    private static void FillIdentifierGaps(ChildRow child, ChildIdentifiers identifiers)
    {
        child.Upn ??= identifiers.Upn;
        child.NhsNumber ??= identifiers.NhsNumber;
        child.Ethnicity ??= identifiers.Ethnicity;
        child.HomePostcode ??= identifiers.HomePostcode;
        child.UascSince ??= identifiers.UascSince;
    }

    private static ChildRow NewChild(RecordEntryToCare command) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseReference = command.CaseReference,
        GivenName = command.GivenName,
        FamilyName = command.FamilyName,
        DateOfBirth = command.DateOfBirth,
        Sex = command.Sex,
        Upn = command.Identifiers.Upn,
        NhsNumber = command.Identifiers.NhsNumber,
        Ethnicity = command.Identifiers.Ethnicity,
        HomePostcode = command.Identifiers.HomePostcode,
        UascSince = command.Identifiers.UascSince,
        Motherhood = command.Motherhood,
    };
}
