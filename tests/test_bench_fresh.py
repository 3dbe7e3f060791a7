"""The unseen corpora's labels (bench/fresh.py): which pictures are one scene."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from fresh import WESNOTH_VARIANT_OF, _screen_scene, _tux3d_scene, _wesnoth_scene


def test_a_portraits_alternatives_and_variants_are_one_scene_with_it() -> None:
    def scene(name: str) -> str:
        return _wesnoth_scene("wn_portrait", name)

    assert scene("humans-marshal-2") == scene("humans-general") == scene("humans-marshal")
    assert scene("undead-zombie-bat") == scene("monsters-bat") == "wn_portrait-monsters-bat"
    assert scene("humans-mage_female") != scene("humans-mage")  # another drawing
    assert scene("orcs-grunt-6") == scene("orcs-grunt") != scene("orcs-slayer")


def test_a_landscapes_variants_are_one_scene_and_numbered_ones_are_not() -> None:
    def scene(name: str) -> str:
        return _wesnoth_scene("wn_story", name)

    assert scene("landscape-bridge_sun") == scene("landscape-bridge")
    assert scene("landscape-battlefield_nohumans") == scene("landscape-battlefield")
    assert scene("landscape-mountains-02") != scene("landscape-mountains-01")


def test_variants_name_a_first_picture_not_another_variant() -> None:
    assert not set(WESNOTH_VARIANT_OF.values()) & set(WESNOTH_VARIANT_OF)


def test_a_game_screens_versions_are_one_scene() -> None:
    assert _screen_scene("title_wide") == _screen_scene("title") == "fd_screen-title"
    assert _screen_scene("item_upgrade_crafting") == _screen_scene("item_upgrade")
    assert _screen_scene("SkillExplanationScreen") == _screen_scene("SkillScreen")
    assert _screen_scene("inventory") != _screen_scene("character")


def test_a_skys_faces_are_one_scene_and_level_shots_are_not() -> None:
    assert _tux3d_scene("etr_sky-night-leftH") == _tux3d_scene("etr_sky-night-frontH")
    assert _tux3d_scene("etr_sky-night-leftH") != _tux3d_scene("etr_sky-sunny-leftH")
    assert _tux3d_scene("nb_shot-shot-easy-bumps") != _tux3d_scene("nb_shot-shot-easy-coins")


def test_hedgewars_numbered_and_recoloured_objects_are_one_scene() -> None:
    from _hedgewars import _base_name

    assert _base_name("plant2") == _base_name("plant1") == "plant"
    assert _base_name("SDSplash") == _base_name("Splash")
    assert _base_name("Toothbrush_b") == _base_name("Toothbrush")
    assert _base_name("Cherry") != _base_name("CupCake")


def test_flags_of_one_layout_in_other_colours_stay_with_colour() -> None:
    """By their grey hashes France and Italy are one flag (0-2 bits apart); with
    ``colour`` the check for copies keeps both, and still drops a true copy."""
    import numpy as np
    from _scenes import Pic
    from corpus import distinct_only
    from PIL import Image

    def tricolour(*colours: tuple[int, int, int]) -> Image.Image:
        out = np.zeros((220, 330, 3), np.uint8)
        for k, colour in enumerate(colours):
            out[:, k * 110 : (k + 1) * 110] = colour
        return Image.fromarray(out)

    france = tricolour((0, 35, 149), (255, 255, 255), (237, 41, 57))
    italy = tricolour((0, 146, 70), (244, 245, 240), (205, 33, 42))
    pics = [
        Pic("france", "flag", france, "france"),
        Pic("italy", "flag", italy, "italy"),
        Pic("france-again", "flag", france.copy(), "france-again"),
    ]
    assert [p.id for p in distinct_only(pics)] == ["france"]
    assert [p.id for p in distinct_only(pics, colour=True)] == ["france", "italy"]
