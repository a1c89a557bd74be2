"""Writes encrypted.pdf: a one-page PDF protected by a user password ("secret"), Standard security handler, RC4
40-bit (V 1, R 2; PDF 1.7 spec, 7.6.3). Used to test that an encrypted PDF gets a clear error. No library needed."""
import hashlib

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")

def rc4(key, data):
    s = list(range(256)); j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256; s[i], s[j] = s[j], s[i]
    i = j = 0; out = bytearray()
    for b in data:
        i = (i + 1) % 256; j = (j + s[i]) % 256; s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)

def padded(pw):
    return (pw + PAD)[:32]

user, owner = b"secret", b"owner-secret"
file_id = hashlib.md5(b"govbudget encrypted fixture").digest()
perms = -4  # all permissions
o = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
key = hashlib.md5(padded(user) + o + perms.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
u = rc4(key, PAD)

def obj_key(num, gen):
    return hashlib.md5(key + num.to_bytes(3, "little") + gen.to_bytes(2, "little")).digest()[:10]

content = rc4(obj_key(4, 0), b"BT /F1 24 Tf 72 720 Td (2025) Tj ET")
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Filter /Standard /V 1 /R 2 /O <" + o.hex().encode() + b"> /U <" + u.hex().encode() + b"> /P " + str(perms).encode() + b" >>",
]
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for n, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
xref = len(out)
out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
for off in offsets:
    out += f"{off:010d} 00000 n \n".encode()
out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>] >>\n"
        f"startxref\n{xref}\n%%EOF\n").encode()
open("encrypted.pdf", "wb").write(out)
