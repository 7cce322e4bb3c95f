"""hub_core.site: what validation needs to know about one site, from its settings."""

from hub_core.site import list_images, shown_root, site_from_settings


def test_site_from_settings_defaults(write_tree):
    root = write_tree({"images/affiche.jpg": b"", "images/evenements/2026/salle.png": b""})
    site, problems = site_from_settings({"PATH": str(root)})
    assert problems == []
    assert (site.timezone, site.default_duration) == ("America/Toronto", 120)
    assert site.images == frozenset({"affiche.jpg", "evenements/2026/salle.png"})
    assert site.places.find("Rimouski").region.slug == "bas-saint-laurent"


def test_site_from_settings_reads_timezone_duration_and_places(write_tree):
    root = write_tree(
        {
            "data/places.yml": "- name: Nantes\n  country: FR\n  latitude: 47.2184\n  longitude: -1.5536\n"
            "- name: Nulle-Part\n  country: France\n  latitude: 0\n  longitude: 0\n"
        }
    )
    site, problems = site_from_settings({"PATH": str(root), "TIMEZONE": "Europe/Paris", "HUB_EVENTS": {"default_duration": 45}})
    assert (site.timezone, site.default_duration) == ("Europe/Paris", 45)
    assert site.places.find("Nantes").country == "FR"
    assert [(p.path, p.line, p.field, p.code) for p in problems] == [("content/data/places.yml", 6, "country", "country")]


def test_site_without_images_folder(write_tree):
    site, _ = site_from_settings({"PATH": str(write_tree({}))})
    assert site.images == frozenset()


def test_list_images_is_relative_and_posix(write_tree):
    root = write_tree({"images/a.jpg": b"", "images/sous/b.webp": b"", "events/a.md": "x"})
    assert sorted(list_images(root)) == ["a.jpg", "sous/b.webp"]


def test_shown_root_is_the_folder_name(tmp_path, monkeypatch):
    assert shown_root(tmp_path / "content") == "content"
    monkeypatch.chdir(tmp_path)
    assert shown_root("content/") == "content"
    assert shown_root(".") == tmp_path.name


def test_files_are_listed_and_links_out_of_content_are_not(write_tree, tmp_path):
    root = write_tree({"files/diapos.pdf": b"%PDF", "files/2021/bilan.pdf": b"%PDF"})
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the site", encoding="utf-8")
    (root / "files" / "secret.pdf").symlink_to(secret)
    (root / "files" / "meme-fichier.pdf").symlink_to(root / "files" / "diapos.pdf")  # stays inside content/
    outside = tmp_path / "ailleurs"
    outside.mkdir()
    (outside / "x.pdf").write_bytes(b"%PDF")
    (root / "files" / "dossier").symlink_to(outside, target_is_directory=True)
    site, _ = site_from_settings({"PATH": str(root)})
    assert site.files == frozenset({"diapos.pdf", "2021/bilan.pdf", "meme-fichier.pdf"})
