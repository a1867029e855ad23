using System.Text.Json;
using System.Text.Json.Serialization;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// The one place a year's Pupil Premium Plus ledger is read and written (docs/virtual-school.md §10.8). A write replays
/// the year's postings into the domain's <see cref="PupilPremiumPlusLedger"/>, which checks the movement and makes the
/// posting; the posting is stored under the next number with the balances it changes, in one transaction. If another
/// writer took that number first, the ledger is read again and the movement checked again, so concurrent requests are
/// checked one after another. The balance and budget rows carry CHECK constraints, so the database itself refuses an
/// overdrawn pot, allocation or pupil budget.
/// </summary>
public sealed class PupilPremiumPlusBook(VirtualSchoolDbContext db)
{
    private const int Attempts = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The year as opened, and its ledger replayed from its postings.</summary>
    public async Task<(PupilPremiumPlusYearRow Year, PupilPremiumPlusLedger Ledger)> LoadAsync(FinancialYear year, CancellationToken cancellationToken) =>
        await FindAsync(year, cancellationToken) ?? throw new NotFoundException("Pupil Premium Plus year", year.Name);

    /// <summary>As <see cref="LoadAsync"/>, or null when the year has not been opened.</summary>
    public async Task<(PupilPremiumPlusYearRow Year, PupilPremiumPlusLedger Ledger)?> FindAsync(FinancialYear year, CancellationToken cancellationToken)
    {
        if (await db.Set<PupilPremiumPlusYearRow>().AsNoTracking().SingleOrDefaultAsync(y => y.FinancialYear == year.Name, cancellationToken) is not { } row)
        {
            return null;
        }
        var postings = await db.Set<PupilPremiumPlusPostingRow>().AsNoTracking()
            .Where(p => p.FinancialYear == year.Name).OrderBy(p => p.Number).Select(p => p.Posting).ToListAsync(cancellationToken);
        return (row, PupilPremiumPlusLedger.Replay(year, new Money(row.DefaultPupilBudgetPence), postings.Select(Read)));
    }

    /// <summary>The year's postings, in order.</summary>
    public async Task<IReadOnlyList<LedgerPosting>> PostingsAsync(FinancialYear year, CancellationToken cancellationToken) =>
        (await LoadAsync(year, cancellationToken)).Ledger.Postings;

    /// <summary>
    /// Opens the year: its row and its first postings (<paramref name="make"/>, on an empty ledger) in one transaction.
    /// A year already opened is a conflict.
    /// </summary>
    public async Task<IReadOnlyList<LedgerPosting>> OpenAsync(
        PupilPremiumPlusYearRow year, Func<PupilPremiumPlusLedger, IReadOnlyList<LedgerPosting>> make, CancellationToken cancellationToken)
    {
        var financialYear = FinancialYear.Parse(year.FinancialYear);
        var ledger = new PupilPremiumPlusLedger(financialYear, new Money(year.DefaultPupilBudgetPence));
        var postings = make(ledger);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(year);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException($"Pupil Premium Plus for {year.FinancialYear} is already open.");
        }
        await AppendAsync(ledger, postings, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return postings;
    }

    /// <summary>
    /// Makes one movement against the ledger as it stands and stores it; <paramref name="alongside"/> adds what is saved
    /// with it (outbox events). A refusal of the rules (<c>VirtualSchoolRuleViolation</c>) changes nothing.
    /// </summary>
    public async Task<LedgerPosting> PostAsync(
        FinancialYear year, Func<PupilPremiumPlusLedger, LedgerPosting> make, Action<PupilPremiumPlusLedger, LedgerPosting>? alongside,
        CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var (_, ledger) = await LoadAsync(year, cancellationToken);
            var posting = make(ledger);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                alongside?.Invoke(ledger, posting);
                await AppendAsync(ledger, [posting], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return posting;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                throw new ConflictException($"The {year.Name} ledger is changing too fast to post this now: try again.");
            }
        }
    }

    // Balances change by UPDATE first and are inserted only when new: PostgreSQL checks an INSERT's row against the CHECK
    // constraints before ON CONFLICT, so a negative change to an existing balance could not be an upsert.
    private async Task AppendAsync(PupilPremiumPlusLedger ledger, IReadOnlyList<LedgerPosting> postings, CancellationToken cancellationToken)
    {
        string year = ledger.Year.Name;
        foreach (var posting in postings)
        {
            var allocation = posting.Allocation ?? posting.Lines.Select(l => l.Account.AllocationId).OfType<Guid>().Select(ledger.AllocationOf).FirstOrDefault();
            db.Add(new PupilPremiumPlusPostingRow
            {
                FinancialYear = year, Number = posting.Number, Kind = posting.Kind.ToString(), AllocationId = allocation?.Id,
                PupilId = allocation?.PupilId ?? posting.PupilBudget?.PupilId, Urn = allocation?.Urn,
                Posting = Serialize(posting), PostedBy = posting.Audit.By, PostedAt = posting.Audit.At,
            });
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var posting in postings)
        {
            foreach (var line in posting.Lines)
            {
                await ExecuteAsync(
                    """
                    WITH changed AS (
                        UPDATE ppp_balances SET pence = pence + @change WHERE financial_year = @year AND account = @account RETURNING 1)
                    INSERT INTO ppp_balances (financial_year, account, pence)
                    SELECT @year, @account, @change WHERE NOT EXISTS (SELECT 1 FROM changed)
                    """, cancellationToken, ("year", year), ("account", line.Account.ToString().Replace(' ', ':')), ("change", line.Change.Pence));
            }
            foreach (var pupilLines in posting.Lines
                .Where(l => l.Account.AllocationId is not null)
                .GroupBy(l => ledger.AllocationOf(l.Account.AllocationId!.Value).PupilId, l => l.Change.Pence))
            {
                await ExecuteAsync(
                    """
                    WITH changed AS (
                        UPDATE ppp_pupils SET allocated_pence = allocated_pence + @change WHERE financial_year = @year AND pupil_id = @pupil RETURNING 1)
                    INSERT INTO ppp_pupils (financial_year, pupil_id, budget_pence, allocated_pence)
                    SELECT @year, @pupil, @budget, @change WHERE NOT EXISTS (SELECT 1 FROM changed)
                    """, cancellationToken, ("year", year), ("pupil", pupilLines.Key), ("budget", ledger.DefaultPupilBudget.Pence), ("change", pupilLines.Sum()));
            }
            if (posting.PupilBudget is { } budget)
            {
                await ExecuteAsync(
                    """
                    INSERT INTO ppp_pupils (financial_year, pupil_id, budget_pence, allocated_pence) VALUES (@year, @pupil, @budget, 0)
                    ON CONFLICT (financial_year, pupil_id) DO UPDATE SET budget_pence = excluded.budget_pence
                    """, cancellationToken, ("year", year), ("pupil", budget.PupilId), ("budget", budget.Amount.Pence));
            }
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params IReadOnlyList<(string Name, object Value)> parameters)
    {
        await using var command = await db.CommandAsync(sql, cancellationToken);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation)
        {
            throw new ConflictException(e.ConstraintName == "ck_ppp_pupils_within_budget"
                ? "This would allocate the pupil more than their Pupil Premium Plus budget for the year."
                : "This would overdraw the Pupil Premium Plus ledger (the pot, a retained share or an allocation).");
        }
    }

    /// <summary>A posting as it is stored in <c>ppp_postings.posting</c>.</summary>
    public static string Serialize(LedgerPosting posting) => JsonSerializer.Serialize(posting, Json);

    private static LedgerPosting Read(string json) =>
        JsonSerializer.Deserialize<LedgerPosting>(json, Json) ?? throw new InvalidOperationException("A stored posting is empty.");
}
