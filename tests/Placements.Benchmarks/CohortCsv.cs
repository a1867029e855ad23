using System.Globalization;
using System.Text;
using CorporateParenting.Placements.V1;
using Placements.Synthetic;

namespace Placements.Benchmarks;

/// <summary>A synthetic cohort written as SSDA903 Header and Episodes CSV, the shape a council's migration starts from.</summary>
public static class CohortCsv
{
    public static (string Header, string Episodes) Write(SyntheticCohort cohort)
    {
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_LA\n");
        foreach (var child in cohort.Children)
        {
            var firstEntry = child.Commands.Select(c => c.Request).OfType<RecordEntryToCareRequest>().First();
            var firstChildBornOn = firstEntry.FirstChildBornOn.Length == 0 ? "" : Date(DateOnly.ParseExact(firstEntry.FirstChildBornOn, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            header.Append(child.CaseReference).Append(',').Append(child.Sex).Append(',').Append(Date(child.DateOfBirth)).Append(",WBRI,,")
                .Append(firstEntry.Mother).Append(',').Append(firstChildBornOn).Append('\n');
            var rows = new List<string[]>();
            string[]? open = null;
            foreach (var command in child.Commands)
            {
                var on = Date(command.EffectiveOn);
                switch (command.Request)
                {
                    case RecordEntryToCareRequest entry:
                        open = [child.CaseReference, on, "S", entry.LegalStatus, entry.CategoryOfNeed, entry.PlacementType, entry.PlacementProvider, "", "", "", "", entry.PlacementPostcode, entry.ProviderUrn, entry.PlacementAuthorityCode];
                        rows.Add(open);
                        break;
                    case RecordPlacementChangeRequest move:
                        (open![7], open[8], open[9]) = (on, "X1", move.ReasonForChange);
                        open = [child.CaseReference, on, move.SameCarers ? "T" : "P", open[3], open[4], move.PlacementType, move.PlacementProvider, "", "", "", "", move.PlacementPostcode, move.ProviderUrn, move.PlacementAuthorityCode];
                        rows.Add(open);
                        break;
                    case RecordLegalStatusChangeRequest legal:
                        (open![7], open[8]) = (on, "X1");
                        open = [child.CaseReference, on, "L", legal.LegalStatus, open[4], open[5], open[6], "", "", "", "", open[11], open[12], open[13]];
                        rows.Add(open);
                        break;
                    case RecordCareEndedRequest ended:
                        (open![7], open[8]) = (on, ended.ReasonCeased);
                        open = null;
                        break;
                }
            }
            foreach (var row in rows)
            {
                episodes.AppendJoin(',', row).Append('\n');
            }
        }
        return (header.ToString(), episodes.ToString());
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
