#!/usr/bin/python3
"""Quality reference for `Nalytiq.Bench train`: public datasets bundled with scikit-learn (no download), split 80/20
(stratified for classification, random_state=42), written as train/test CSVs; a gradient-boosting reference
(HistGradientBoosting, grid-searched with 3-fold CV on the training rows) scored on the test rows.

usage: sklearn_reference.py OUT_DIR   -> OUT_DIR/<name>-train.csv, <name>-test.csv, reference.json
"""
import json
import sys
from pathlib import Path

from sklearn import __version__ as sklearn_version
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.metrics import balanced_accuracy_score, r2_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, train_test_split

GRID = {"learning_rate": [0.05, 0.1], "max_leaf_nodes": [15, 31], "max_iter": [100, 200]}
DATASETS = [
    ("breast-cancer", load_breast_cancer, "binary", "roc_auc"),
    ("digits", load_digits, "multiclass", "balanced_accuracy"),
    ("diabetes", load_diabetes, "regression", "r2"),
]


def write_csv(path, names, X, y):
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join(names + ["target"]) + "\n")
        for row, label in zip(X, y):
            f.write(",".join(repr(float(v)) for v in row) + "," + (repr(float(label)) if isinstance(label, float) else str(label)) + "\n")


def main(out):
    out.mkdir(parents=True, exist_ok=True)
    results = {"sklearn": sklearn_version, "datasets": []}
    for name, loader, task, scoring in DATASETS:
        data = loader()
        X, y = data.data, data.target
        names = [str(n).replace(",", " ") for n in getattr(data, "feature_names", [f"f{i}" for i in range(X.shape[1])])]
        X_train, X_test, y_train, y_test = train_test_split(
            X, y, test_size=0.2, random_state=42, stratify=None if task == "regression" else y)
        write_csv(out / f"{name}-train.csv", names, X_train, y_train.astype(float) if task == "regression" else y_train)
        write_csv(out / f"{name}-test.csv", names, X_test, y_test.astype(float) if task == "regression" else y_test)
        model = HistGradientBoostingRegressor if task == "regression" else HistGradientBoostingClassifier
        search = GridSearchCV(model(random_state=0), GRID, cv=3, scoring=scoring).fit(X_train, y_train)
        best = search.best_estimator_
        if task == "binary":
            score = roc_auc_score(y_test, best.predict_proba(X_test)[:, 1])
        elif task == "multiclass":
            score = balanced_accuracy_score(y_test, best.predict(X_test))
        else:
            score = r2_score(y_test, best.predict(X_test))
        results["datasets"].append({
            "name": name, "task": task, "rows": int(X.shape[0]), "features": int(X.shape[1]),
            "metric": {"binary": "auc", "multiclass": "macro-accuracy", "regression": "r2"}[task],
            "reference": float(score), "referenceParams": {k: (float(v) if isinstance(v, float) else int(v)) for k, v in search.best_params_.items()},
        })
    (out / "reference.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
