package io.newsflow.ingest.extract;

/** Paragraphs of one made-up local news story (a ferry pier to close), shared by the extraction tests' pages. */
final class HarbourStory {
    static final String P1 = "The regional council voted on Thursday evening to close the old ferry pier, ending a "
            + "crossing that had run every hour since the harbour was rebuilt after the war.";
    static final String P2 = "Fishermen who use the pier said they had not been asked, and several of them spoke "
            + "against the plan during the public part of the meeting, which ran past midnight.";
    static final String P3 = "The council said repairs would cost more than a new pier on the other side of the "
            + "bay, where the water is deeper and the road to the town is shorter.";

    private HarbourStory() {}
}
