using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace GovBudget.Rules.Tests.Architecture;

/// <summary>
/// Decodes a signature (field, method, local variables, type specification) into the full names of every type it
/// names, generic arguments, arrays and pointers included. The decoded value itself is unused: names are collected
/// into <see cref="Found"/> as they are met.
/// </summary>
internal sealed class SignatureTypes(MetadataReader reader) : ISignatureTypeProvider<bool, object?>
{
    public HashSet<string> Found { get; } = [];

    public bool GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) =>
        Found.Add(MetadataNames.Of(r, handle));

    public bool GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) =>
        Found.Add(MetadataNames.Of(r, handle));

    public bool GetTypeFromSpecification(MetadataReader r, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        r.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => true;

    public bool GetArrayType(bool elementType, ArrayShape shape) => true;

    public bool GetSZArrayType(bool elementType) => true;

    public bool GetByReferenceType(bool elementType) => true;

    public bool GetPointerType(bool elementType) => true;

    public bool GetPinnedType(bool elementType) => true;

    public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => true;

    public bool GetFunctionPointerType(MethodSignature<bool> signature) => true;

    public bool GetGenericMethodParameter(object? genericContext, int index) => true;

    public bool GetGenericTypeParameter(object? genericContext, int index) => true;

    public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => true;

    /// <summary>The types a handle names: a type, a member's declaring type and signature, a generic instantiation.</summary>
    public void Add(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                Found.Add(MetadataNames.Of(reader, (TypeDefinitionHandle)handle));
                break;
            case HandleKind.TypeReference:
                Found.Add(MetadataNames.Of(reader, (TypeReferenceHandle)handle));
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                break;
            case HandleKind.FieldDefinition:
                Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MethodDefinition:
                Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                if (member.Parent.Kind is HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification)
                {
                    Add(member.Parent);
                }

                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(this, null);
                }
                else
                {
                    member.DecodeFieldSignature(this, null);
                }

                break;
            case HandleKind.MethodSpecification:
                var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Add(spec.Method);
                spec.DecodeSignature(this, null);
                break;
        }
    }
}
