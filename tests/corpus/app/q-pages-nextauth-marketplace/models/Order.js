import mongoose from "mongoose";

const OrderSchema = new mongoose.Schema(
  {
    listing: { type: mongoose.Schema.Types.ObjectId, ref: "Listing" },
    buyer: { type: mongoose.Schema.Types.ObjectId, ref: "User" },
    shippingAddress: String,
    status: { type: String, default: "pending" },
  },
  { timestamps: true },
);

export default mongoose.models.Order || mongoose.model("Order", OrderSchema);
