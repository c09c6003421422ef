import pytest

from incidents.extraction.text.decoding import DocumentRejected, decode_document

LIMIT = 10_000


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is empty"),
        (b" \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "is a PNG image, not a text document"),
        (b"%PDF-1.7\n...", "is a PDF file, not a text document"),
        (b"text\x00with\x00nul bytes", "is a binary file, not a text document"),
        (b"\x81\x8d\x8f\x90\x9d" * 40, "is not valid UTF-8 and its encoding cannot be recognised"),
        (b"x" * (LIMIT + 1), "is larger than the 10,000 bytes limit"),
    ],
)
def test_it_refuses_what_is_not_a_readable_document(data, reason):
    with pytest.raises(DocumentRejected, match=reason):
        decode_document(data, max_bytes=LIMIT)


def test_it_reads_utf8_and_drops_a_byte_order_mark():
    decoded = decode_document(
        "\ufeffGunmen killed 12 people in Café Nord.".encode(), max_bytes=LIMIT
    )

    assert decoded.text == "Gunmen killed 12 people in Café Nord."
    assert decoded.warning == ""


def test_it_decodes_a_windows_1252_file_with_a_warning():
    text = "Gunmen attacked the café on Friday, the police said. " * 3

    decoded = decode_document(text.encode("cp1252"), max_bytes=LIMIT)

    assert decoded.text == text
    assert "decoded as cp1252" in decoded.warning
