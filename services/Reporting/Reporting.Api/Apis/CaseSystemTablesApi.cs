using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Api.Imports;
using Reporting.Domain.Imports;

namespace Reporting.Api.Apis;

/// <summary>One of the year's imported tables as held: rows kept and refused at its last import, when and by whom.</summary>
public sealed record HeldTableView(string Table, int Rows, int Rejected, DateTimeOffset ImportedAt, string ImportedBy);

/// <summary>
/// The case system's own tables for what no service records (docs/ssda903.md §7.5): Reviews, AD1, PlacedAdoption and
/// PrevPerm, put in place for a year by the performance team and merged into that year's return. Audited.
/// </summary>
public static class CaseSystemTablesApi
{
    public static RouteGroupBuilder MapCaseSystemTablesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Ssda903Api.Prefix).WithTags("SSDA903 return").RequireAuthorization(Policies.ProduceReturns);
        group.MapPut("/{yearEnding}/tables/{table}", ImportAsync).WithName("ImportSsda903Table")
            .WithSummary("Puts the case system's Reviews, AD1, PlacedAdoption or PrevPerm table (text/csv, the DfE's header row) in place of the year's last import of it; each refused row is reported with its line, field and reason, the others kept (audited)")
            .Accepts<string>("text/csv").ProducesValidationProblem();
        group.MapGet("/{yearEnding}/tables", HeldAsync).WithName("ListSsda903Tables")
            .WithSummary("The year's imported tables: rows kept and refused at the last import, when and by whom");
        return group;
    }

    private static async Task<Ok<ImportedTableView>> ImportAsync(
        string yearEnding, string table, HttpRequest request, ClaimsPrincipal user, ImportCaseSystemTable import, CancellationToken ct)
    {
        var year = Ssda903Api.YearOf(yearEnding);
        var errors = new FieldErrors();
        var name = CaseSystemTables.Names.SingleOrDefault(n => string.Equals(n, table, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add("table", $"must be one of {string.Join(", ", CaseSystemTables.Names)}: the tables no service records.");
            errors.ThrowIfAny();
        }
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        try
        {
            return TypedResults.Ok(await import.HandleAsync(year, name!, CsvTable.Read(name!, new StringReader(text)), user, ct));
        }
        catch (FormatException refused)
        {
            errors.Add("file", refused.Message);
            errors.ThrowIfAny();
            throw;
        }
    }

    private static async Task<Ok<IReadOnlyList<HeldTableView>>> HeldAsync(string yearEnding, CaseSystemRows rows, CancellationToken ct)
    {
        var held = await rows.HeldAsync(Ssda903Api.YearOf(yearEnding), ct);
        return TypedResults.Ok<IReadOnlyList<HeldTableView>>([.. held.Select(t => new HeldTableView(t.Table, t.Rows, t.Rejected, t.ImportedAt, t.ImportedBy))]);
    }
}
