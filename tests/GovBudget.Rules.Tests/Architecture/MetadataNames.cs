using System.Reflection.Metadata;

namespace GovBudget.Rules.Tests.Architecture;

/// <summary>Full names of types in metadata; a nested type is named by its outermost type, whose namespace it shares.</summary>
internal static class MetadataNames
{
    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var outer = type.GetDeclaringType();
        return outer.IsNil ? Join(reader.GetString(type.Namespace), reader.GetString(type.Name)) : Of(reader, outer);
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? Of(reader, (TypeReferenceHandle)type.ResolutionScope)
            : Join(reader.GetString(type.Namespace), reader.GetString(type.Name));
    }

    private static string Join(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";
}
