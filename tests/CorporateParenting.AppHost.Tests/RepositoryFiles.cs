namespace CorporateParenting.AppHost.Tests;

/// <summary>Files of the repository under test, found by walking up from the test binaries to the solution file.</summary>
internal static class RepositoryFiles
{
    public const string SolutionFile = "CorporateParentingPlatform.sln";

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>Repository-relative path with forward slashes, e.g. <c>services/Placements/Placements.Api</c>.</summary>
    public static string Relative(string fullPath) =>
        Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"Cannot find {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
