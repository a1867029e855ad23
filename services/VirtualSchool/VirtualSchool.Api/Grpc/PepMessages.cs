using System.Globalization;
using CorporateParenting.VirtualSchool.V1;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Grpc;

/// <summary>PEPs as virtualschool.v1 messages.</summary>
public static class PepMessages
{
    public static PupilPeps Of(Guid pupilId, IEnumerable<PepListItem> peps) => new()
    {
        PupilId = pupilId.ToString(),
        Peps =
        {
            peps.Select(p => new Pep
            {
                PepId = p.Id.ToString(),
                Kind = p.Kind,
                Status = p.Status,
                DueOn = Date(p.DueOn),
                Term = p.Term ?? string.Empty,
                IsOverdue = p.IsOverdue,
                Rating = p.Rating ?? string.Empty,
                CompletedOn = p.CompletedOn is { } completed ? Date(completed) : string.Empty,
            }),
        },
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
