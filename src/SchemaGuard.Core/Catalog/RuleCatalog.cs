using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>
    /// Every rule page, read once. <see cref="Default"/> holds the pages embedded into SchemaGuard.Core (the
    /// <c>rules/*.md</c> files); lookups take an id or a name, ignoring case. A page that cannot be read is left
    /// out and recorded in <see cref="Errors"/> instead of failing every caller (a test keeps the list empty).
    /// </summary>
    public sealed class RuleCatalog
    {
        /// <summary>The prefix of the embedded page resources (<c>SchemaGuard.Rules.SG1005.md</c>).</summary>
        public const string ResourcePrefix = "SchemaGuard.Rules.";

        private static readonly Lazy<RuleCatalog> DefaultCatalog = new Lazy<RuleCatalog>(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, RulePage> _byKey;

        private RuleCatalog(List<RulePage> pages, List<RulePageException> errors)
        {
            pages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            Pages = pages;
            Errors = errors;
            _byKey = new Dictionary<string, RulePage>(StringComparer.OrdinalIgnoreCase);
            foreach (var page in pages)
            {
                _byKey[page.Id] = page;
                _byKey[page.Name] = page;
            }
        }

        /// <summary>The pages embedded into SchemaGuard.Core, loaded on first use (thread-safe).</summary>
        public static RuleCatalog Default => DefaultCatalog.Value;

        /// <summary>The pages, ordered by id.</summary>
        public IReadOnlyList<RulePage> Pages { get; }

        /// <summary>Pages that could not be read, and pages whose id or name another page already uses.</summary>
        public IReadOnlyList<RulePageException> Errors { get; }

        /// <summary>Builds a catalog from page texts by file name (<c>SG1005.md</c>).</summary>
        public static RuleCatalog Load(IEnumerable<KeyValuePair<string, string>> files)
        {
            var pages = new List<RulePage>();
            var errors = new List<RulePageException>();
            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                if (!RulePageParser.TryParse(file.Value, file.Key, out var page, out var error))
                {
                    errors.Add(error!);
                    continue;
                }

                if (owners.TryGetValue(page!.Id, out var idOwner))
                {
                    errors.Add(new RulePageException(file.Key, KeyLine(page.Source, "id:"), "The id " + page.Id + " is already used by " + idOwner + "."));
                    continue;
                }

                if (owners.TryGetValue(page.Name, out var nameOwner))
                {
                    errors.Add(new RulePageException(file.Key, KeyLine(page.Source, "name:"), "The name " + page.Name + " is already used by " + nameOwner + "."));
                    continue;
                }

                owners[page.Id] = file.Key;
                owners[page.Name] = file.Key;
                pages.Add(page);
            }

            return new RuleCatalog(pages, errors);
        }

        /// <summary>The page with this id or name (case-insensitive), or null.</summary>
        public RulePage? Find(string? idOrName)
        {
            if (string.IsNullOrWhiteSpace(idOrName)) return null;
            return _byKey.TryGetValue(idOrName!.Trim(), out var page) ? page : null;
        }

        /// <summary>Looks a page up by id or name (case-insensitive).</summary>
        public bool TryGetPage(string? idOrName, out RulePage page)
        {
            page = Find(idOrName)!;
            return page != null;
        }

        /// <summary>The page with this id or name.</summary>
        /// <exception cref="KeyNotFoundException">No page has that id or name.</exception>
        public RulePage GetPage(string idOrName) =>
            Find(idOrName) ?? throw new KeyNotFoundException("No rule has the id or name '" + idOrName + "'.");

        /// <summary>The line of a front matter key, for pointing at a duplicate.</summary>
        private static int KeyLine(string source, string key)
        {
            var lines = source.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith(key, StringComparison.Ordinal)) return i + 1;
            }

            return 1;
        }

        private static RuleCatalog LoadEmbedded()
        {
            var assembly = typeof(RuleCatalog).GetTypeInfo().Assembly;
            var files = new List<KeyValuePair<string, string>>();
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".md", StringComparison.Ordinal)) continue;
                using (var stream = assembly.GetManifestResourceStream(resource))
                {
                    if (stream == null) continue;
                    using (var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
                    {
                        files.Add(new KeyValuePair<string, string>(resource.Substring(ResourcePrefix.Length), reader.ReadToEnd()));
                    }
                }
            }

            return Load(files);
        }
    }
}
