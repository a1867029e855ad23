using CorporateParenting.Placements.V1;
using Google.Protobuf;

namespace Placements.Synthetic;

/// <summary>
/// Builds one child's history as case-system commands. Every rule CareHistory enforces holds by construction:
/// under 18 at entry, no temporary first or last placement, one episode change per day at most, a new placement
/// always differs from the current one, a reason for change except into and out of a temporary placement, which ends
/// with the return to the placement before it within its longest stay, E17 at 18+, E7 at 16+, a new period only after
/// the last one ended, and nothing after AsAt.
/// </summary>
internal sealed class ChildBuilder
{
    private static readonly HashSet<string> AdoptionByFosterCarers = ["A3", "A5"];

    /// <summary>SW_REASON, the commoner ones repeated: workers leaving the role and moving between teams most often.</summary>
    private static readonly string[] ChangeReasons = ["LEFTRL", "LEFTRL", "TSPROC", "TSPROC", "MANAGE", "ORGRST", "ABSENC", "FCONTA", "CHCHAN", "PCCHAN", "OTHERS"];

    private static readonly Weighted<string> CategoriesOfNeed =
        new(("N1", 0.55), ("N2", 0.04), ("N3", 0.03), ("N4", 0.07), ("N5", 0.13), ("N6", 0.02), ("N7", 0.01), ("N8", 0.15));

    private static readonly Weighted<string> ReasonsForChange = new(
        ("CARPL", 0.45), ("CREQB", 0.10), ("CREQO", 0.07), ("CHILD", 0.06), ("LAREQ", 0.05), ("ALLEG", 0.03),
        ("STAND", 0.03), ("CLOSE", 0.03), ("APPRR", 0.02), ("PLACE", 0.06), ("OTHER", 0.10));

    /// <summary>Reasons a placement ends that no care plan intended: the moves among which some are emergencies.</summary>
    private static readonly HashSet<string> UnplannedReasons = ["CREQB", "CREQO", "CHILD", "ALLEG", "STAND", "CLOSE", "APPRR"];

    /// <summary>The share of unplanned moves made in an emergency (CPPCR reg 13).</summary>
    private const double EmergencyShareOfUnplannedMoves = 1.0 / 12;

    private static readonly Weighted<(string Code, int MinAge, int MaxAge, bool AtEighteen)> ExitReasons = new(
        (("E4A", 0, 17, false), 0.22), (("E4B", 1, 17, false), 0.04), (("E13", 1, 17, false), 0.04), (("E41", 1, 15, false), 0.05),
        (("E11", 1, 6, false), 0.05), (("E12", 1, 6, false), 0.04), (("E45", 1, 14, false), 0.05), (("E46", 1, 14, false), 0.02),
        (("E47", 1, 14, false), 0.05), (("E48", 1, 14, false), 0.01), (("E5", 18, 18, true), 0.06), (("E6", 18, 18, true), 0.03),
        (("E17", 18, 18, true), 0.05), (("E7", 18, 18, true), 0.01), (("E8", 18, 18, true), 0.12), (("E3", 1, 17, false), 0.03),
        (("E9", 14, 17, false), 0.01), (("E15", 16, 17, false), 0.01), (("E16", 1, 17, false), 0.01), (("E2", 1, 17, false), 0.002));

    private static readonly Weighted<string> ReturnedHome = new(("E4A", 0.6), ("E4B", 0.2), ("E13", 0.1), ("E41", 0.1));
    private static readonly Weighted<int> MoveCounts = new((0, 0.45), (1, 0.30), (2, 0.15), (3, 0.07), (4, 0.03));
    private static readonly Weighted<int> WorkerCounts = new((1, 0.35), (2, 0.30), (3, 0.20), (4, 0.15));
    private static readonly Weighted<string> FosterTypes =
        new(("U1", 0.08), ("U2", 0.01), ("U3", 0.10), ("U4", 0.30), ("U5", 0.01), ("U6", 0.50));

    private readonly CohortOptions _options;
    private readonly PlacementFactory _factory;
    private readonly ChildPlan _plan;
    private readonly int _index;
    private readonly Random _random;
    private readonly Random _emergencies;
    private readonly DateOnly _asAt;
    private readonly DateOnly _windowStart;
    private readonly DateOnly _yearStart;
    private readonly List<(DateOnly Date, int Order, CommandKind Kind, IMessage Message)> _events = [];
    private readonly List<(DateOnly Start, DateOnly End)> _periods = [];
    private readonly List<(DateOnly Start, bool Temporary, bool Return, int Period)> _placementEpisodes = [];

    private DateOnly _dateOfBirth;
    private string _legal = string.Empty;
    private PlannedPlacement? _placement;
    private string _reasonCeased = string.Empty;

    public ChildBuilder(CohortOptions options, PlacementFactory factory, ChildPlan plan, int index)
    {
        _options = options;
        _factory = factory;
        _plan = plan;
        _index = index;
        _random = new Random(ChildSeed(options.Seed, index));
        // A stream of its own, so that marking emergencies leaves every other draw, and so the rest of the cohort, as it was.
        _emergencies = new Random(ChildSeed(ChildSeed(options.Seed, index), EmergencyStream));
        _asAt = options.AsAt;
        _windowStart = options.AsAt.AddYears(-options.YearsOfHistory);
        _yearStart = options.AsAt.AddYears(-1);
    }

    private string CaseReference => $"SYN{_options.Seed}-{_index:D6}";

    public SyntheticChild Build()
    {
        var r = _random;
        string sex = _plan.Sex;
        string given = (sex == "M" ? Names.Boys : Names.Girls)[r.Next(Names.Boys.Length)];
        string family = Names.Families[r.Next(Names.Families.Length)];
        int windowDays = _asAt.DayNumber - _windowStart.DayNumber;

        if (_plan.LookedAfter)
        {
            var (from, to, _) = ReferenceDistributions.AgeBands[_plan.AgeBand];
            int age = r.Next(from, to + 1);
            _dateOfBirth = BornAged(age, _asAt);
            string finalType = _factory.TypeFor(_plan.Group, age, _plan.Legal == LegalClass.PlacementOrder, r);
            string finalLegal = FinalLegalInCare(_plan.Legal);
            var earliest = Max(_dateOfBirth, _windowStart);
            int duration = r.NextDouble() switch
            {
                < 0.20 => r.Next(7, 181),
                < 0.55 => r.Next(181, 731),
                < 0.80 => r.Next(731, 1461),
                _ => r.Next(1461, Math.Max(1462, windowDays)),
            };
            var start = Max(_asAt.AddDays(-duration), earliest);
            MaybePriorPeriod(earliest, Min(start, _yearStart).AddDays(-14), 0.12);
            BuildPeriod(start, null, string.Empty, finalType, LegalPath(finalLegal), _plan.Unstable, limitRecentMoves: true, finalInside: _plan.Inside);
        }
        else
        {
            var exit = ExitReasons.Pick(r);
            DateOnly end;
            if (exit.AtEighteen)
            {
                _dateOfBirth = _asAt.AddYears(-18).AddDays(-r.Next(0, windowDays - 90));
                end = _dateOfBirth.AddYears(18);
            }
            else
            {
                end = _asAt.AddDays(-r.Next(0, windowDays - 90));
                _dateOfBirth = BornAged(r.Next(exit.MinAge, exit.MaxAge + 1), end);
                if (_dateOfBirth > end.AddDays(-14))
                {
                    _dateOfBirth = end.AddDays(-14);
                }
            }

            int age = Ages.On(_dateOfBirth, end);
            var earliest = Max(_dateOfBirth, _windowStart);
            int duration = r.NextDouble() switch
            {
                < 0.25 => r.Next(7, 91),
                < 0.55 => r.Next(91, 366),
                < 0.85 => r.Next(366, 1096),
                _ => r.Next(1096, 1826),
            };
            var start = Max(end.AddDays(-duration), earliest);
            if (start >= end)
            {
                start = end.AddDays(-1);
            }

            string finalType = LeftFinalType(exit.Code, age);
            MaybePriorPeriod(earliest, start.AddDays(-14), 0.15);
            BuildPeriod(start, end, exit.Code, finalType, LegalPath(LeftFinalLegal(finalType)), unstable: false, limitRecentMoves: false);
        }

        int workers = AllocateSocialWorkers();
        var commands = Finish(given, family, sex);
        SyntheticMotherhood.Record(commands, _options.Seed, _index, sex, _dateOfBirth, _periods.Max(p => p.End));
        SyntheticIdentity.Record(commands, _options, _factory, _index, _dateOfBirth, _asAt);
        var last = _placement!;
        bool lookedAfter = _reasonCeased.Length == 0;
        var facts = new ChildFacts(
            lookedAfter,
            Ages.On(_dateOfBirth, _asAt),
            _periods.Count,
            _legal,
            last.Type,
            last.Provider,
            last.AuthorityCode,
            last.AuthorityCode != _options.OurAuthorityCode,
            _reasonCeased,
            lookedAfter ? PlacementsInLastYear() : 0,
            workers);
        return new SyntheticChild(_index, CaseReference, _dateOfBirth, sex, commands, facts);
    }

    private DateOnly BornAged(int age, DateOnly on)
    {
        var dob = on.AddYears(-age).AddDays(-_random.Next(0, 365));
        return Ages.On(dob, on) == age ? dob : on.AddYears(-age);
    }

    private void MaybePriorPeriod(DateOnly earliest, DateOnly latestEnd, double probability)
    {
        if (_random.NextDouble() >= probability || latestEnd.DayNumber - earliest.DayNumber < 120)
        {
            return;
        }

        int room = latestEnd.DayNumber - earliest.DayNumber;
        var start = earliest.AddDays(_random.Next(0, room - 100));
        var end = start.AddDays(_random.Next(30, latestEnd.DayNumber - start.DayNumber + 1));
        int age = Ages.On(_dateOfBirth, end);
        string type = _factory.InterimTypeFor(age, _random);
        string legal = _random.NextDouble() < 0.7 || type == "P1" ? (type == "P1" ? "C2" : "V2") : "C2";
        BuildPeriod(start, end, ReturnedHome.Pick(_random), type, LegalPath(legal), unstable: false, limitRecentMoves: false);
    }

    private void BuildPeriod(
        DateOnly start, DateOnly? end, string reasonCeased, string finalType, List<string> legalPath, bool unstable, bool limitRecentMoves,
        bool? finalInside = null)
    {
        var r = _random;
        var endLimit = end?.AddDays(-1) ?? _asAt;
        int span = endLimit.DayNumber - start.DayNumber;
        int recentFrom = Math.Max(1, _yearStart.DayNumber - start.DayNumber + 1);
        var taken = new HashSet<int>();
        var moves = new List<int>();

        if (unstable && span >= recentFrom + 3)
        {
            TakeOffsets(r.Next(2, 5), recentFrom, span, taken, moves);
            if (recentFrom > 2)
            {
                TakeOffsets(r.Next(0, 3), 1, recentFrom - 1, taken, moves);
            }
        }
        else
        {
            int count = MoveCounts.Pick(r);
            TakeOffsets(span < 60 ? Math.Min(count, 1) : count, 1, span, taken, moves);
        }

        // The final placement may need a minimum age (K3 16+, ...) or a move into it (adoption).
        var minimumStart = _dateOfBirth.AddYears(PlacementFactory.MinimumAge(finalType));
        bool needsMove = finalType.StartsWith('A') || start < minimumStart;
        if (needsMove)
        {
            int lastMoveFrom = Math.Max(1, minimumStart.DayNumber - start.DayNumber);
            if (moves.Count == 0 || moves.Max() < lastMoveFrom)
            {
                if (lastMoveFrom > span)
                {
                    finalType = FosterTypes.Pick(r);
                }
                else
                {
                    if (moves.Count > 0)
                    {
                        int max = moves.Max();
                        moves.Remove(max);
                        taken.Remove(max);
                    }

                    TakeOffsets(1, lastMoveFrom, span, taken, moves);
                }
            }
        }

        moves.Sort();
        if (limitRecentMoves && !unstable)
        {
            // A stable child has at most one move in the last 12 months.
            var recent = moves.Where(m => m >= recentFrom).ToList();
            foreach (var extra in recent.Take(recent.Count - 1))
            {
                moves.Remove(extra);
                taken.Remove(extra);
            }
        }

        if (moves.Count == 0 && finalType.StartsWith('A'))
        {
            finalType = FosterTypes.Pick(r);
        }

        // The placements: interim ones suited to the age on the day they start, the planned final one last.
        var placements = new List<PlannedPlacement>();
        for (int i = 0; i <= moves.Count; i++)
        {
            var startsOn = i == 0 ? start : start.AddDays(moves[i - 1]);
            bool final = i == moves.Count;
            string type = final ? finalType : _factory.InterimTypeFor(Ages.On(_dateOfBirth, startsOn), r);
            if (!final && type == "P1" && legalPath[^1] == "V2")
            {
                // Not placed with parents on the way to ending accommodated under section 20 (rule 378), which would lose the V2.
                type = FosterTypes.Pick(r);
            }

            if (i > 0 && AdoptionByFosterCarers.Contains(type) && !placements[i - 1].Type.StartsWith('U'))
            {
                // A3 and A5 are adoption by the current foster carers (rule 217); without them it is A4 or A6.
                type = type == "A3" ? "A4" : "A6";
            }

            bool? inside = final ? finalInside : null;
            var placement = _factory.Create(type, r, inside);
            while (i > 0 && placement == placements[i - 1])
            {
                placement = _factory.Create(type, r, inside);
            }

            placements.Add(placement);
        }

        if (placements.Any(p => p.Type == "P1") && legalPath.Contains("V2"))
        {
            // A child accommodated under section 20 is not placed with parents (rule 378).
            legalPath = legalPath.Where(l => l != "V2").DefaultIfEmpty("C2").ToList();
        }

        var legalChanges = new List<int>();
        if (legalPath.Count > 1)
        {
            // Placed for adoption, the legal status no longer changes: A5/A6 keep the placement order (rule 408) and A3/A5
            // change it only with the placement (rule 217).
            int legalTo = finalType.StartsWith('A') && moves.Count > 0 ? moves[^1] - 1 : span;
            TakeOffsets(legalPath.Count - 1, 1, legalTo, taken, legalChanges);
            if (legalChanges.Count < legalPath.Count - 1)
            {
                foreach (var offset in legalChanges)
                {
                    taken.Remove(offset);
                }

                legalChanges.Clear();
                legalPath = [legalPath[^1]];
            }

            legalChanges.Sort();
        }

        // The timeline of episode changes (all on different days), then at most one temporary excursion.
        var timeline = new SortedDictionary<int, (char Action, int Item)>();
        for (int i = 0; i < moves.Count; i++)
        {
            timeline[moves[i]] = ('M', i + 1);
        }

        for (int i = 0; i < legalChanges.Count; i++)
        {
            timeline[legalChanges[i]] = ('L', i + 1);
        }

        if (r.NextDouble() < 0.06)
        {
            AddExcursion(timeline, span);
        }

        int period = _periods.Count;
        _periods.Add((start, end ?? _asAt));
        _legal = legalPath[0];
        _placement = placements[0];
        _placementEpisodes.Add((start, false, false, period));
        _events.Add((start, 0, CommandKind.EntryToCare, new RecordEntryToCareRequest
        {
            CaseReference = CaseReference,
            DateOfBirth = Iso(_dateOfBirth),
            EnteredCareOn = Iso(start),
            LegalStatus = _legal,
            CategoryOfNeed = Ages.On(_dateOfBirth, start) >= 16 && r.NextDouble() < 0.3 ? "N8" : CategoriesOfNeed.Pick(r),
            PlacementType = _placement.Type,
            PlacementAuthorityCode = _placement.AuthorityCode,
            PlacementProvider = _placement.Provider,
            ProviderUrn = _placement.Urn,
            PlacementPostcode = _placement.Postcode,
        }));

        PlannedPlacement? usual = null;
        bool skippedExcursion = false;
        foreach (var (offset, (action, item)) in timeline)
        {
            var on = start.AddDays(offset);
            switch (action)
            {
                case 'L':
                    _legal = legalPath[item];
                    _events.Add((on, 1, CommandKind.LegalStatusChange, new RecordLegalStatusChangeRequest
                    {
                        ChildId = CaseSystemCommand.ChildIdPlaceholder,
                        ChangedOn = Iso(on),
                        LegalStatus = _legal,
                    }));
                    break;
                case 'M':
                    Move(on, placements[item], isReturn: false, period);
                    break;
                case 'T' when AdoptionByFosterCarers.Contains(_placement!.Type):
                    // The return would be RNE P (rule 383), which adoption by the foster carers cannot have (rule 217).
                    skippedExcursion = true;
                    break;
                case 'B' when skippedExcursion:
                    break;
                case 'T':
                    usual = _placement;
                    string temporaryType = item switch { 1 => "T1", 3 => "T3", _ => "T4" };
                    Move(on, _factory.Create(temporaryType, r, inside: _placement!.AuthorityCode == _options.OurAuthorityCode), isReturn: false, period);
                    break;
                case 'B':
                    Move(on, usual!, isReturn: true, period);
                    break;
            }
        }

        if (end is { } ended)
        {
            _reasonCeased = reasonCeased;
            _events.Add((ended, 3, CommandKind.CareEnded, new RecordCareEndedRequest
            {
                ChildId = CaseSystemCommand.ChildIdPlaceholder,
                EndedOn = Iso(ended),
                ReasonCeased = reasonCeased,
            }));
        }
        else
        {
            _reasonCeased = string.Empty;
        }
    }

    private void Move(DateOnly on, PlannedPlacement next, bool isReturn, int period)
    {
        var current = _placement!;
        // Neither going into a temporary placement nor the return from it has a reason (rule 226).
        string reason = current.IsTemporary || next.IsTemporary ? string.Empty : ReasonsForChange.Pick(_random);
        _events.Add((on, 1, CommandKind.PlacementChange, new RecordPlacementChangeRequest
        {
            ChildId = CaseSystemCommand.ChildIdPlaceholder,
            ChangedOn = Iso(on),
            PlacementType = next.Type,
            PlacementProvider = next.Provider,
            ProviderUrn = next.Urn,
            PlacementPostcode = next.Postcode,
            PlacementAuthorityCode = next.AuthorityCode,
            ReasonForChange = reason,
            // Adoption by the foster carers keeps the carers (rule 217); a return from a temporary placement is RNE P (rule 383).
            SameCarers = AdoptionByFosterCarers.Contains(next.Type),
            Emergency = UnplannedReasons.Contains(reason) && _emergencies.NextDouble() < EmergencyShareOfUnplannedMoves,
        }));
        _placementEpisodes.Add((on, next.IsTemporary, isReturn, period));
        _placement = next;
    }

    /// <summary>A short temporary placement away from a foster placement, and the return to it, between two other changes.</summary>
    private void AddExcursion(SortedDictionary<int, (char Action, int Item)> timeline, int span)
    {
        var r = _random;
        int kind = r.NextDouble() switch { < 0.5 => 3, < 0.7 => 1, _ => 4 };
        int length = kind switch { 3 => r.Next(3, 22), 1 => r.Next(1, 43), _ => r.Next(1, 8) };
        var bounds = new List<int> { 0 };
        bounds.AddRange(timeline.Keys);
        bounds.Add(span + 1);

        var candidates = new List<(int From, int To)>();
        for (int i = 0; i + 1 < bounds.Count; i++)
        {
            if (bounds[i + 1] - bounds[i] >= length + 2)
            {
                candidates.Add((bounds[i], bounds[i + 1]));
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var (a, b) = candidates[r.Next(candidates.Count)];
        int outOn = a + 1 + r.Next(0, b - a - length - 1);
        timeline[outOn] = ('T', kind);
        timeline[outOn + length] = ('B', 0);
    }

    private void TakeOffsets(int count, int from, int to, HashSet<int> taken, List<int> into)
    {
        if (to < from)
        {
            return;
        }

        for (int i = 0, tries = 0; i < count && tries < count * 10; tries++)
        {
            int offset = _random.Next(from, to + 1);
            if (taken.Add(offset))
            {
                into.Add(offset);
                i++;
            }
        }
    }

    private int AllocateSocialWorkers()
    {
        var r = _random;
        int count = WorkerCounts.Pick(r);
        int pool = Math.Max(40, _options.Children / 12);
        var dates = new SortedSet<DateOnly> { _periods[0].Start };
        for (int tries = 0; dates.Count < count && tries < 20; tries++)
        {
            var (start, end) = _periods[r.Next(_periods.Count)];
            int days = end.DayNumber - start.DayNumber;
            if (days > 0)
            {
                dates.Add(start.AddDays(r.Next(1, days + 1)));
            }
        }

        int previous = -1;
        foreach (var on in dates)
        {
            int worker = r.Next(pool);
            if (worker == previous)
            {
                worker = (worker + 1) % pool;
            }

            // Why this allocation began (a first one is first contact, FCONTA, by default), from the worker drawn (not a further
            // draw, so the cohort's other facts are unchanged).
            var reason = previous == -1 ? string.Empty : ChangeReasons[(worker + previous) % ChangeReasons.Length];
            previous = worker;
            var (id, name) = Names.SocialWorker(worker);
            _events.Add((on, 2, CommandKind.SocialWorkerAllocated, new AllocateSocialWorkerRequest
            {
                ChildId = CaseSystemCommand.ChildIdPlaceholder,
                SocialWorkerId = id,
                SocialWorkerName = name,
                AllocatedOn = Iso(on),
                ReasonForChange = reason,
            }));
        }

        return dates.Count;
    }

    private List<CaseSystemCommand> Finish(string given, string family, string sex)
    {
        var ordered = _events.OrderBy(e => e.Date).ThenBy(e => e.Order).ToList();
        var commands = new List<CaseSystemCommand>(ordered.Count);
        for (int n = 0; n < ordered.Count; n++)
        {
            var (date, _, kind, message) = ordered[n];
            string id = $"syn-{_options.Seed}-{_index:D6}-{n + 1:D3}";
            switch (message)
            {
                case RecordEntryToCareRequest entry:
                    entry.ClientRequestId = id;
                    entry.GivenName = given;
                    entry.FamilyName = family;
                    entry.Sex = sex;
                    break;
                case RecordPlacementChangeRequest change:
                    change.ClientRequestId = id;
                    break;
                case RecordLegalStatusChangeRequest change:
                    change.ClientRequestId = id;
                    break;
                case RecordCareEndedRequest ended:
                    ended.ClientRequestId = id;
                    break;
                case AllocateSocialWorkerRequest allocation:
                    allocation.ClientRequestId = id;
                    break;
            }

            commands.Add(new CaseSystemCommand(kind, date, message));
        }

        return commands;
    }

    /// <summary>
    /// Placements in the 12 months to AsAt: each non-temporary placement held at some point in the year, a return to the
    /// usual placement after a temporary one counting only when nothing else has been counted in that period yet.
    /// </summary>
    private int PlacementsInLastYear()
    {
        int count = 0;
        int countedPeriod = -1;
        for (int i = 0; i < _placementEpisodes.Count; i++)
        {
            var (start, temporary, isReturn, period) = _placementEpisodes[i];
            bool ongoingIntoYear = i + 1 < _placementEpisodes.Count && _placementEpisodes[i + 1].Period == period
                ? _placementEpisodes[i + 1].Start > _yearStart
                : _periods[period].End > _yearStart;
            if (!ongoingIntoYear || temporary)
            {
                continue;
            }

            if (!isReturn || countedPeriod != period)
            {
                count++;
                countedPeriod = period;
            }
        }

        return count;
    }

    private string FinalLegalInCare(LegalClass legal) => legal switch
    {
        LegalClass.PlacementOrder => "E1",
        LegalClass.Accommodated => "V2",
        _ => _random.NextDouble() < 0.82 ? "C2" : "C1",
    };

    private string LeftFinalType(string reason, int age)
    {
        var r = _random;
        double x = r.NextDouble();
        return reason switch
        {
            "E12" => x < 0.3 ? "A5" : "A6",
            "E11" => x < 0.5 ? (x < 0.2 ? "A3" : "A4") : "A6",
            "E45" => x < 0.5 ? "U1" : "U3",
            "E46" => x < 0.5 ? "U4" : "U6",
            "E47" or "E48" => x < 0.5 ? "U3" : "U6",
            "E4A" or "E4B" or "E13" or "E41" => x < 0.4 && age >= 1 ? "P1" : _factory.InterimTypeFor(age, r),
            "E5" or "E6" => x < 0.6 ? "K3" : FosterTypes.Pick(r),
            "E17" => FosterTypes.Pick(r),
            "E7" => "K2",
            "E9" => x < 0.5 && age >= 10 ? "R5" : "K2",
            "E15" => x < 0.5 ? "K3" : "U6",
            _ => _factory.InterimTypeFor(Math.Min(age, 17), r),
        };
    }

    private string LeftFinalLegal(string type)
    {
        double x = _random.NextDouble();
        return type switch
        {
            "A5" or "A6" => "E1",
            "A3" or "A4" => "C2",
            "P1" => x < 0.8 ? "C2" : "C1",
            _ => x < 0.4 ? "V2" : x < 0.9 ? "C2" : "C1",
        };
    }

    private List<string> LegalPath(string final)
    {
        double x = _random.NextDouble();
        return final switch
        {
            "C2" => x < 0.5 ? ["C1", "C2"] : x < 0.6 ? ["V2", "C1", "C2"] : x < 0.7 ? ["V2", "C2"] : ["C2"],
            "C1" => x < 0.8 ? ["C1"] : ["V2", "C1"],
            "E1" => x < 0.7 ? ["C1", "C2", "E1"] : ["C1", "E1"],
            _ => [final],
        };
    }

    private const int EmergencyStream = 0x0E3E;

    /// <summary>A well-mixed seed per child, so children are independent and any one can be regenerated alone from its plan.</summary>
    internal static int ChildSeed(int seed, int index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
