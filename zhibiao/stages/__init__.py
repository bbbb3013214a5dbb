"""The pipeline's stages, one module each: discover → read → validate → load → publish.

Each stage loads its inputs from files (or the warehouse), processes them and saves its outputs to
files in the run's work folder, so orchestrators pass paths, never frames.
"""
