"""A frozen held-out set must stay byte-for-byte what its independent author wrote."""
from __future__ import annotations

import hashlib
from pathlib import Path

EVAL = Path(__file__).resolve().parent
FROZEN = {
    "heldout_2026_12.jsonl": "5aaa68622afdd4cc6d2dc4897a1c10682278cfb17a02e8b6cb9050ce134a381b",  # spent: a dev set
    "heldout_2026_12b.jsonl": "9527a57ca7a32b0ff607bec3968d43128a578906d3cc134b5f862a3c12c9fe70",
    "heldout_2026_12c.jsonl": "9522892561e66611bb7dd48e6e89a7c745f049012af26687ca6e0cd9c3d5a904",
    "heldout_2026_12d.jsonl": "865453a1f2585afe902dc7ee95139bfa15431c4aaa7a16f4789e64859ea1e85c",  # scored once: spent
    "heldout_2026_12e.jsonl": "5e86f0e9614c2cf444952567918bb9612a1f4c88f1cc6ee466dfdb6d95f67cb5",  # scored once: spent
    "heldout_2026_12f.jsonl": "ba187fd50134a9c5cea8818e830f3334c3b08d0d40688d5565e46ce6766dd470",  # scored once: spent
    "heldout_2026_12g.jsonl": "c69e797377ae549ca99f6337c2c043dec6ae9fb948ac390e33fa8b4f1c663e18",  # scored once: spent
    "heldout_2026_12h.jsonl": "c305941553046433f429f480428bfa3fb37922edf532cf7f8e3a608160cefbbf",  # scored once: spent
    "heldout_2026_12i.jsonl": "5797fc17850b9d386b0ca7284316c3414befab747292c212091ab0693e8b9421",  # scored once: spent
    "heldout_2026_12j.jsonl": "7d99637c0ea4ee7f18e4bf004222e578a6f1a4200677a3a1eedd91c932b1d618",  # scored once: spent
    "heldout_2026_12k.jsonl": "138ab4c44d15b2cb96de8665611b9c929f41437d2fae001cd64593854ad020d5",  # scored once: spent
    "heldout_2026_12l.jsonl": "3b5433aecd282ba52e9c5bbeb74024d5441c49c0738e9efb0f41c0108cd15a2e",  # scored once: spent
    "heldout_2026_12m.jsonl": "7232c728ecaee38c6cbc8593f8418f48d53a92e352e902523d3424be69893278",  # scored once: spent
    "heldout_2026_12n.jsonl": "11d83c5a8b58a1dae1e7107e0ecb60e24e5be6b995405a2d97b2185292583f23",  # scored once: spent
    "heldout_2026_12o.jsonl": "2db12824b508b0f0264fccbec6f6dfddf51b3eace9d409664922701cc227f57a",  # scored once: spent
    "heldout_2026_12r.jsonl": "9c280051e51fe12b5c2370221d0676bf56fdcb44359792a92f223a1a8a5fb0e4",  # scored once: spent
    "heldout_2026_12s.jsonl": "3c1843f031ccfb0825f43b0375e566a14ac6f1e7da7eab3e6494d4fc097f9a97",  # scored once: spent
    "heldout_2026_12t.jsonl": "58c094f871d1a9572cf5d994baf8e5cff4cebab0df76a631a1b6439a9bd18f3d",  # scored once: spent
    "heldout_2026_12u.jsonl": "c2199cae81fd37c88c7120015b8d4e04366f6938631fea963dc3e4d99784b59e",  # scored once: spent
    "heldout_2026_12v.jsonl": "7993b6634c7ec3d99e6fdb69ba4315188b23936a02265bea72f801851e66c7b7",  # scored once: spent
    "heldout_2026_12w.jsonl": "1b60a61132aa36586afde5f9480813437a14c9227b0a5a17f1b8c6f6a3b27901",  # scored once: spent
    "heldout_2026_12x.jsonl": "76c41f51ec55083ef10e530abd87c2427d52c4c10deefdfdd526866c02ee5c34",  # scored once: spent
    "heldout_2026_12y.jsonl": "15c70e876b083dc881774f5c258f0930d37a61d42f9069332061a6923d7c98d9",  # scored once: spent
    "heldout_2026_12z.jsonl": "e605e7f4f0309774210cad1440fc238cb43951dd766b8d99c06e52c7a85cf5b4",  # scored once: spent
    "heldout_2026_12aa.jsonl": "4c76c44e1ca101c6036d663906225798f88228e6aa03a2fdd8ef8212004f71b1",  # scored once: spent
    "heldout_2026_12ab.jsonl": "366cd8ae2ec5009405f28aae686e518578bea7eb62b2fadc61c4cab3883279dc",  # scored once: spent
    "heldout_2026_12ac.jsonl": "d57fecd5c46ff02ec8625ad89646500a693ee0e94735deac8131dadaa77edaa7",  # scored once: spent
    "heldout_2026_12ad.jsonl": "0ed8e0ac4f7e5d410d1d664aa9b745e1b1df35921462ceaccd16f45cb1d763d4",  # scored once: spent
    "heldout_2026_12ae.jsonl": "9b353a0120ba07b080c2a5c8926d4eb0d94fbf3af6d33be3840c022da70bfa8d",  # scored once: spent
    "heldout_2026_12af.jsonl": "578ea4053048a075f665ad5cd35f93b0867f49958c0491705be7055e8e710046",  # scored once: spent
    "heldout_2026_12ag.jsonl": "2aed9660d5ae8e0086e2d41ff293a94fc7f30c8ac7af17c6cacf82f9578be48b",  # scored once: spent
    "heldout_2026_12ah.jsonl": "143bc71e04518277a9f205002dc1a5a30872637d30e3473e7c01c2cf27fbaeca",  # scored once: spent
    "heldout_2026_12ai.jsonl": "71d482d13df098248054323f1c1bcf476ac09d098c42ff8b99730b439d163eae",  # scored once: spent
    "heldout_2026_12aj.jsonl": "ccdef4bf6f1682269e4a3644099e6e27f489fe0244454a5d6f1369ef0d357d57",  # scored once: spent
    "heldout_2026_12ak.jsonl": "60c8b9b1cbcdbb25f0f3a598bf56b2709674d1c2be5e19c49c596523343ffe44",  # scored once: spent
    "heldout_2026_12al.jsonl": "38f3688a4e1882f22dacf27b9678583c53193eb3182b4c6b60845b39bb2d5474",  # scored once: spent
    "heldout_2026_12am.jsonl": "d9a33f1bc62516b63569b35a4d264d26ce2aace58c5a6388615894b789ac760d",  # scored once: spent
    "heldout_2026_12an.jsonl": "e1eb55bcd620d22b2efec20f3cb90396bbd50ddfb24e69894a30138bd9bf2092",  # scored once: spent
    "heldout_2026_12ao.jsonl": "beeeacaf7bd6934c429c7d6c36703d8e1af42b48a58d7f0d50df54a1b2d81ce6",  # scored once: spent
    "heldout_2026_12ap.jsonl": "871417f28218ae8eb595fa9e5533005ac52c3794eb388e6411e4f9d97e28f7be",  # scored once: spent
    "heldout_2026_12aq.jsonl": "62fe7cca6d45574264af16f4e527d70585122c6ef910b156bdd7a2f117467754",  # scored once: spent
    "heldout_2026_12ar.jsonl": "b83c62f9f14f588ce9a4c41c292770ef82722021d7652489cc769d9d29b5cc8a",  # scored once: spent
    # blind: judge the next rounds
    "heldout_2026_12as.jsonl": "f582e332adcb469a9fd0a0ae943f7203eaf5d1b976d143f335aab70d4a0da625",  # scored once: spent
    "heldout_2026_12at.jsonl": "b80f418b9810b904dd9c0f20ccd785bcfbe76112324a1901a6a57de4df0f7ad5",  # blind, after as
    "heldout_2026_12au.jsonl": "1409410178589d9e2a0f0a0dfc8dbb65d07ec40dfaed84a919d2be43827e2bc3",  # blind, after at
    # development probes, written blind and scored once on arrival (tests/eval/README.md), kept as written
    "dev_2026_12p.jsonl": "2804537341e71a9f441b7f20f873aee6e73d53de5de343cc23fce48e8a877ccc",
    "dev_2026_12q.jsonl": "03923aefd28ac33005366d0e0e7ea21dc7677bd25b0e241ad6eb0573a45213e0",
}


def test_frozen_held_out_set_is_unchanged():
    for name, expected in FROZEN.items():
        assert hashlib.sha256((EVAL / name).read_bytes()).hexdigest() == expected, (
            f"{name} changed: a frozen held-out set is never edited; write a new one instead")
