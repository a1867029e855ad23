namespace CorporateParenting.Infrastructure;

public static class RepositoryRoot
{
    public const string SolutionFile = "CorporateParentingPlatform.sln";

    /// <summary>The folder holding the solution, found upwards from the working directory or from the AppHost binary.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
        }
        throw new InvalidOperationException($"Cannot find {SolutionFile} above {Directory.GetCurrentDirectory()}; run the AppHost from inside the repository.");
    }
}
