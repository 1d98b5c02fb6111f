# Two commands do all the set-up: `make demo` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := decks/kazakhstan-2022

.PHONY: demo reviewed test lint format golden clean bench

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

demo: $(BIN)/.installed
	$(BIN)/quizgen build $(SAMPLE)/article.txt \
		--anki $(SAMPLE)/kazakhstan-2022.apkg --html $(SAMPLE)/quiz.html --json $(SAMPLE)/questions.json

# The outputs built from the reviewed questions file (quizgen generate wrote it; a person edited it).
reviewed: $(BIN)/.installed
	$(BIN)/quizgen export $(SAMPLE)/questions.yaml --anki $(SAMPLE)/reviewed.apkg --html $(SAMPLE)/reviewed.html \
		--gift $(SAMPLE)/reviewed.gift.txt --moodle-xml $(SAMPLE)/reviewed.moodle.xml --quizlet $(SAMPLE)/reviewed.quizlet.txt

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
	QUIZGEN_REGENERATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py tests/test_html.py -k golden -q

# quizgen build against raw spaCy on the same 500+ articles (several minutes; not part of `make test`).
bench: $(BIN)/.installed
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
