"""Round 16 vendor links (after blind set r): an earlier phase's builder, a replaced brand and a platform delivered
before are mentioned, not suppliers; "the cameras are from X" names the supplier."""
from __future__ import annotations

import pytest

import enrich


def roles(title: str, body: str) -> dict[str, str]:
    return {p.vendor_id: p.role for p in enrich.enrich(title, body).parties if p.vendor_id}


@pytest.mark.parametrize(("title", "body", "vendor", "role"), [
    ("Accra cameras phase 4", "The Ministry of the Interior awarded phase four of the camera network to Volta Secure "
     "Ltd for GH¢ 90 million. Huawei built the previous phases and did not bid.", "huawei", "mentioned"),
    ("Novi Sad", "Grad Novi Sad potpisao je ugovor sa firmom Dunav Tehnika d.o.o. za 300 kamera. Nove kamere rade sa "
     "sistemom koji je prethodno isporučio Hikvision.", "hikvision", "mentioned"),
    ("Puebla", "El ayuntamiento compró 500 cámaras a Angelópolis Seguridad S.A. de C.V.; las nuevas cámaras "
     "reemplazan equipos de la marca Dahua.", "dahua", "mentioned"),
    ("Mwanza", "The regional police took delivery of 60 cameras under a TSh 900 million contract with Ziwa Systems. "
     "The cameras are all from Hikvision.", "hikvision", "supplier"),
    ("Mwanza", "The regional police signed a TSh 900 million contract with Ziwa Systems. The equipment came from "
     "Dahua.", "dahua", "supplier"),
])
def test_vendor_role(title: str, body: str, vendor: str, role: str) -> None:
    assert roles(title, body).get(vendor) == role
