using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GovBudget.Rules.Tests.Architecture;

/// <summary>
/// Every use of one type by another in a compiled assembly, read from its metadata: base types, interfaces,
/// generic constraints, attributes, field/method/property/event signatures, and in method bodies the local
/// variables, caught exception types and every type, method and field the IL names.
/// </summary>
internal static class AssemblyDependencies
{
    public static IReadOnlyList<TypeUse> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var uses = new List<TypeUse>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = MetadataNames.Of(reader, handle);
            if (!from.Contains('.', StringComparison.Ordinal))
            {
                continue; // <Module>, <PrivateImplementationDetails>, anonymous types: no namespace of their own
            }

            var type = reader.GetTypeDefinition(handle);
            void Use(string where, Action<SignatureTypes> collect)
            {
                var types = new SignatureTypes(reader);
                collect(types);
                uses.AddRange(types.Found.Select(to => new TypeUse(from, to, where)));
            }

            Use("base type", t => { if (!type.BaseType.IsNil) t.Add(type.BaseType); });
            Use("interface", t => { foreach (var i in type.GetInterfaceImplementations()) t.Add(reader.GetInterfaceImplementation(i).Interface); });
            Use("attribute", t => Attributes(reader, type.GetCustomAttributes(), t));
            Use("generic constraint", t => Constraints(reader, type.GetGenericParameters(), t));
            foreach (var f in type.GetFields())
            {
                var field = reader.GetFieldDefinition(f);
                Use($"field {reader.GetString(field.Name)}", t =>
                {
                    field.DecodeSignature(t, null);
                    Attributes(reader, field.GetCustomAttributes(), t);
                });
            }

            foreach (var p in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(p);
                Use($"property {reader.GetString(property.Name)}", t => property.DecodeSignature(t, null));
            }

            foreach (var e in type.GetEvents())
            {
                var ev = reader.GetEventDefinition(e);
                Use($"event {reader.GetString(ev.Name)}", t => t.Add(ev.Type));
            }

            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                var name = reader.GetString(method.Name);
                Use($"signature of {name}", t =>
                {
                    method.DecodeSignature(t, null);
                    Attributes(reader, method.GetCustomAttributes(), t);
                    Constraints(reader, method.GetGenericParameters(), t);
                    foreach (var parameter in method.GetParameters())
                    {
                        Attributes(reader, reader.GetParameter(parameter).GetCustomAttributes(), t);
                    }
                });
                if (method.RelativeVirtualAddress != 0)
                {
                    var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                    Use($"body of {name}", t => Body(reader, body, t));
                }
            }
        }

        return uses;
    }

    private static void Body(MetadataReader reader, MethodBodyBlock body, SignatureTypes types)
    {
        if (!body.LocalSignature.IsNil)
        {
            reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(types, null);
        }

        foreach (var region in body.ExceptionRegions.Where(r => !r.CatchType.IsNil))
        {
            types.Add(region.CatchType);
        }

        foreach (var token in IlTokens.Of(body))
        {
            types.Add(token);
        }
    }

    private static void Attributes(MetadataReader reader, CustomAttributeHandleCollection attributes, SignatureTypes types)
    {
        foreach (var a in attributes)
        {
            types.Add(reader.GetCustomAttribute(a).Constructor);
        }
    }

    private static void Constraints(MetadataReader reader, GenericParameterHandleCollection parameters, SignatureTypes types)
    {
        foreach (var p in parameters)
        {
            foreach (var c in reader.GetGenericParameter(p).GetConstraints())
            {
                types.Add(reader.GetGenericParameterConstraint(c).Type);
            }
        }
    }
}
