"""The macros plugin's module (mkdocs.yml `module_name`), named so that the plugin never looks
for its default, a main.py at the repository's root, which a pull request could add to run
Python at build time. It defines nothing: content never reaches Jinja, and the site shell's
figures come from hooks/content.py (config.extra)."""


def define_env(env):  # noqa: ARG001 - the plugin's entry point; nothing to add
    return None
