# Two commands do all the set-up: `make demo` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := decks/kazakhstan-2022

.PHONY: demo test lint format golden clean

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

demo: $(BIN)/.installed
	$(BIN)/quizgen build $(SAMPLE)/article.txt \
		--anki $(SAMPLE)/kazakhstan-2022.apkg --html $(SAMPLE)/quiz.html --json $(SAMPLE)/questions.json

test: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: $(BIN)/.installed
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

# Regenerate the golden files in tests/golden/ after an intended change; review the diff before committing.
golden: $(BIN)/.installed
	QUIZGEN_REGENERATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py -q

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
