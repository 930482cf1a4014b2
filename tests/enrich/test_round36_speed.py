"""Speed round 36 (issue 15 item 0): answers kept between calls are the answers a fresh call gives."""
from __future__ import annotations

from enrich import vendor_contexts, vendor_mentions
from enrich.vendor_contexts import Restriction
from enrich.vendors import load_registry

VALUES = [
    "Metro Security Ltd (authorised Hikvision reseller)",
    "Axis Communications AB; Northgate Systems",
    "深圳市海康威视数字技术股份有限公司",
    "The council bought cameras from a local firm.",
]


def test_names_of_a_text_asked_again_are_the_first_answer() -> None:
    registry = load_registry()
    vendor_mentions._recent.clear()
    first = [registry.find_names(value) for value in VALUES]
    assert any(first)  # (registry names are found in the values above)
    again = [registry.find_names(value) for value in VALUES]
    assert again == first
    again[0].clear()  # a caller's list is its own: the kept answer is not changed
    assert registry.find_names(VALUES[0]) == first[0]
    vendor_mentions._recent.clear()
    assert [registry.find_names(value) for value in VALUES] == first


def test_a_long_text_is_not_kept() -> None:
    registry = load_registry()
    vendor_mentions._recent.clear()
    long_text = "Supply of cameras by Hikvision. " * 100
    names = registry.find_names(long_text)
    assert names and long_text not in vendor_mentions._recent


def test_restriction_answers_each_text_its_own_way() -> None:
    nothing = "Audit of the camera network\nThe report involves no purchase. Hikvision cameras were reviewed."
    bought = "Supply of cameras\nThe council bought Hikvision cameras for the square."
    maintenance = "Maintenance of the CCTV system\nThe 180 cameras are Hikvision units serviced by the contractor."
    for _ in range(2):  # the second round reads the last text's kept answers, then the others afresh
        assert Restriction(nothing)(len(nothing) - 30, len(nothing) - 21, "")
        assert not Restriction(bought)(len(bought) - 30, len(bought) - 21, "")
        start = maintenance.index("Hikvision")
        assert Restriction(maintenance)(start, start + 9, "")
        assert Restriction(maintenance)(start, start + 9, "") == Restriction(maintenance + "")(start, start + 9, "")
    vendor_contexts._last_read = None
    restriction = Restriction(bought)
    assert restriction._read is None  # nothing read until a question is asked
    assert not restriction(0, 5, "")
    assert restriction._read == (False, False)
