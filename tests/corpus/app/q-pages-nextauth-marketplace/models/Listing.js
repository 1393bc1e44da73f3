import mongoose from "mongoose";

const ListingSchema = new mongoose.Schema(
  {
    title: String,
    description: String,
    priceCents: Number,
    status: { type: String, enum: ["draft", "active", "sold"], default: "draft" },
    seller: { type: mongoose.Schema.Types.ObjectId, ref: "User" },
  },
  { timestamps: true },
);

export default mongoose.models.Listing || mongoose.model("Listing", ListingSchema);
