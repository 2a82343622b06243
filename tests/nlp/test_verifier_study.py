"""The verifier study's pieces: stable hashed words, and the arithmetic of dropping the lowest fifth."""
import numpy as np

from isletwatch.nlp.training import verifier_study as study


def test_word_pairs_are_stable_and_fold_numbers():
    a = study.word_pairs("10 of 12 patients were off insulin")
    b = study.word_pairs("7 of 9 patients were off insulin")
    assert a.shape == (study.HASHED,)
    assert np.array_equal(a, b)  # numbers fold to one token, so the two sentences read alike
    assert not np.array_equal(a, study.word_pairs("patients were on insulin"))
    assert a.sum() > 0 and set(np.unique(a)) <= {0.0, 1.0}


def test_dropping_the_lowest_fifth_counts_against_all_gold_claims():
    scores = np.array([0.1, 0.2, 0.6, 0.7, 0.8, 0.9, 0.95, 0.3, 0.5, 0.4])
    labels = np.array([0, 0, 1, 1, 1, 1, 1, 1, 0, 1])
    line = study.drop_fifth(scores, labels, gold_claims=20)
    # 7 of 10 right, 7 of 20 gold found; the two lowest (both wrong) dropped: 7 of 8 right, recall unchanged
    assert line == "claim P 0.700 -> 0.875, R 0.350 -> 0.350"
