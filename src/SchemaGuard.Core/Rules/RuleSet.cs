using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// The rules the engine runs, each joined to its page. <see cref="Default"/> finds every <see cref="SqlRule"/>
    /// marked <see cref="RuleAttribute"/> in SchemaGuard.Core by reflection. Mismatches (a class without a page, an id
    /// used twice, a rule that overrides nothing) leave the rule out and are listed in <see cref="Errors"/>; the
    /// catalog test keeps that list empty.
    /// </summary>
    public sealed class RuleSet
    {
        private static readonly Lazy<RuleSet> DefaultSet = new Lazy<RuleSet>(
            () => Discover(typeof(SqlRule).GetTypeInfo().Assembly, RuleCatalog.Default), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, SqlRule> _byKey;

        private RuleSet(RuleCatalog catalog, List<SqlRule> rules, List<string> errors)
        {
            rules.Sort((a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
            Catalog = catalog;
            Rules = rules;
            Errors = errors;
            _byKey = new Dictionary<string, SqlRule>(StringComparer.OrdinalIgnoreCase);
            foreach (var rule in rules)
            {
                _byKey[rule.Descriptor.Id] = rule;
                _byKey[rule.Descriptor.Name] = rule;
            }
        }

        /// <summary>Every rule in SchemaGuard.Core with the embedded pages, found on first use (thread-safe).</summary>
        public static RuleSet Default => DefaultSet.Value;

        /// <summary>The pages the descriptors come from; also used for engine-reported ids and suppression names.</summary>
        public RuleCatalog Catalog { get; }

        /// <summary>The rules, ordered by id.</summary>
        public IReadOnlyList<SqlRule> Rules { get; }

        /// <summary>Why some rule classes were left out.</summary>
        public IReadOnlyList<string> Errors { get; }

        /// <summary>Finds the rule classes of an assembly: non-abstract <see cref="SqlRule"/> subclasses with <see cref="RuleAttribute"/>.</summary>
        public static RuleSet Discover(Assembly assembly, RuleCatalog catalog)
        {
            var rules = new List<SqlRule>();
            var errors = new List<string>();
            foreach (var type in LoadableTypes(assembly).Where(t => typeof(SqlRule).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (type.GetCustomAttribute<RuleAttribute>() == null)
                {
                    errors.Add(type.FullName + " derives from SqlRule but has no [Rule(\"SGxxxx\")] attribute.");
                    continue;
                }

                if (type.GetConstructor(Type.EmptyTypes) == null)
                {
                    errors.Add(type.FullName + " needs a public parameterless constructor.");
                    continue;
                }

                rules.Add((SqlRule)Activator.CreateInstance(type)!);
            }

            return Build(catalog, rules, errors);
        }

        /// <summary>A set of given rule instances (tests, or a caller that builds its own), joined to pages by their attribute.</summary>
        public static RuleSet Create(IEnumerable<SqlRule> rules, RuleCatalog catalog) => Build(catalog, rules.ToList(), new List<string>());

        /// <summary>The rule with this id or name (case-insensitive), or null.</summary>
        public SqlRule? Find(string? idOrName) =>
            idOrName != null && _byKey.TryGetValue(idOrName.Trim(), out var rule) ? rule : null;

        /// <summary>A set with only the named rules (ids or names); unknown names are ignored.</summary>
        public RuleSet Only(params string[] idsOrNames)
        {
            var chosen = new List<SqlRule>();
            foreach (var key in idsOrNames)
            {
                var rule = Find(key);
                if (rule != null && !chosen.Contains(rule)) chosen.Add(rule);
            }

            return new RuleSet(Catalog, chosen, new List<string>());
        }

        private static RuleSet Build(RuleCatalog catalog, List<SqlRule> candidates, List<string> errors)
        {
            var rules = new List<SqlRule>();
            var owners = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
            foreach (var rule in candidates)
            {
                var type = rule.GetType();
                string? problem = Check(rule, type, catalog, owners, out var page);
                if (problem != null)
                {
                    errors.Add(type.FullName + ": " + problem);
                    continue;
                }

                owners[page!.Id] = type;
                rule.Descriptor = RuleDescriptor.FromPage(page);
                rules.Add(rule);
            }

            return new RuleSet(catalog, rules, errors);
        }

        private static string? Check(SqlRule rule, Type type, RuleCatalog catalog, Dictionary<string, Type> owners, out RulePage? page)
        {
            page = null;
            var attribute = type.GetCustomAttribute<RuleAttribute>();
            if (attribute == null) return "has no [Rule(\"SGxxxx\")] attribute.";
            if (EngineDiagnostics.IsEngineReported(attribute.Id)) return attribute.Id + " is reported by the engine itself; a rule class cannot take it.";
            page = catalog.Find(attribute.Id);
            if (page == null || !string.Equals(page.Id, attribute.Id, StringComparison.Ordinal))
            {
                return "[Rule(\"" + attribute.Id + "\")] has no page rules/" + attribute.Id + ".md (ids are written in upper case, as on the page).";
            }

            if (owners.TryGetValue(page.Id, out var owner)) return page.Id + " is already taken by " + owner.FullName + ".";

            bool analyzes = Overrides(type, nameof(SqlRule.Analyze), typeof(RuleContext));
            bool analyzesScripts = Overrides(type, nameof(SqlRule.AnalyzeScript), typeof(ScriptContext));
            IReadOnlyCollection<Sql.Syntax.StatementKind> kinds;
            try
            {
                kinds = rule.Kinds ?? new Sql.Syntax.StatementKind[0];
            }
            catch (Exception ex)
            {
                return "Kinds threw " + ex.GetType().Name + ": " + ex.Message;
            }

            if (kinds.Count > 0 && !analyzes) return "declares Kinds but does not override Analyze.";
            if (kinds.Count == 0 && analyzes) return "overrides Analyze but declares no Kinds, so Analyze would never be called.";
            if (!analyzes && !analyzesScripts) return "overrides neither Analyze nor AnalyzeScript.";
            return null;
        }

        private static bool Overrides(Type type, string method, Type parameter)
        {
            var m = type.GetMethod(method, BindingFlags.Public | BindingFlags.Instance, null, new[] { parameter }, null);
            return m != null && m.DeclaringType != typeof(SqlRule);
        }

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException ex)
            {
                return ex.Types.Where(t => t != null)!;
            }
        }
    }
}
